/**
 * REST resources of activities ({@code v1/activities}) and seasonal programme templates
 * ({@code v1/programme-templates}): planning, sign-up with a waiting list, cancellation.
 */
package org.civility.web.activity;
