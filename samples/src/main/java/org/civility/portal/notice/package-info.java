/**
 * How the portal's notices reach people (R-NOTE-1). {@link org.civility.portal.notice.NoticeDispatchSchedule} sends
 * the outbox every few seconds through the portal's one {@link org.civility.core.notice.Notifier}, which
 * {@link org.civility.portal.notice.NotifierProducer} builds at start from the {@code civility.notices.*} settings
 * ({@link org.civility.portal.notice.NoticesConfiguration}, refused whole if any setting is wrong) and closes at
 * shutdown. A unit's SMS notices reach its active volunteers
 * ({@link org.civility.portal.notice.VolunteerNoticeRecipients}); whatever is not configured goes to the
 * {@link org.civility.portal.notice.LoggingNotifier}, as in the demo (ADR 0031, 0037).
 */
package org.civility.portal.notice;
