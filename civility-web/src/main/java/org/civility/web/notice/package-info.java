/**
 * REST resource of notices ({@code v1/notices}): announce (R-NOTE-1), list by unit, read with each
 * channel's delivery status, retry a channel, and a printable HTML poster. Announcing writes the
 * outbox in the request's transaction; sending is the portal's dispatcher's job.
 */
package org.civility.web.notice;
