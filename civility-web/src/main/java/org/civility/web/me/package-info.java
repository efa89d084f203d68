/**
 * The signed-in actor as core sees it: {@code GET /api/v1/me}.
 */
package org.civility.web.me;
