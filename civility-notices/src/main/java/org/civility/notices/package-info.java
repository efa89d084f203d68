/**
 * Notices that reach people (DOMAIN §7, R-NOTE-1): implementations of core's
 * {@link org.civility.core.notice.Notifier} port that send a notice by SMS (Alibaba Cloud, Tencent Cloud), into a
 * unit's WeChat group through its WeCom robot, or by e-mail, chosen per unit and channel by
 * {@link org.civility.notices.NoticesSettings} and put together by {@link org.civility.notices.RoutingNotifier}.
 *
 * <p>A notice names its unit and subject; the portal's {@link org.civility.notices.NoticeRecipients} says who that
 * reaches. A notifier returns normally only when every recipient is done (sent, or dropped as invalid and reported);
 * any other outcome throws a {@link org.civility.notices.NoticeDeliveryException} whose message holds no personal
 * data and no secret, and core's dispatcher retries the delivery with backoff. Recipients already sent to are kept
 * in a {@link org.civility.notices.SentLedger}, so a retry does not send to them twice. Depends on civility-core
 * only, never on the other adapters.
 */
package org.civility.notices;
