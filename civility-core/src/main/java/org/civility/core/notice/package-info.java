/**
 * Notices (DOMAIN §7): activities and other subjects are announced in advance through SMS, WeChat
 * groups and posters (R-NOTE-1, {@link org.civility.core.notice.AnnouncedAheadPolicy}).
 *
 * <p>A {@link org.civility.core.notice.Notice} names its subject by kind and id and carries its own
 * content. Announcing stores it with one {@link org.civility.core.notice.Delivery} per channel in the
 * caller's transaction (a transactional outbox) and sends nothing. The
 * {@link org.civility.core.notice.NoticeDispatcher} later sends due deliveries through the portal's
 * {@link org.civility.core.notice.Notifier}, at least once, retrying failures with capped exponential
 * backoff for ever: a delivery is never silently lost, and one that keeps failing is flagged
 * NEEDS_ATTENTION. {@link org.civility.core.notice.NoticeService} is the entry point for staff.
 */
package org.civility.core.notice;
