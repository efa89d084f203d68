/**
 * Every failure as RFC 9457 problem+json with a stable {@code code} and a title in the request's language; domain kinds map to HTTP statuses (INVALID 400, FORBIDDEN 403, NOT_FOUND 404, CONFLICT 409, RULE 422).
 */
package org.civility.web.problem;
