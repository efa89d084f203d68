package org.civility.core.notice;

/**
 * Sends notices through a channel (an SMS gateway, a WeChat group bot, a poster printer), and one-time codes to
 * single phones. Implemented by the portal. Notices are sent outside any transaction by the {@link NoticeDispatcher},
 * at least once per delivery: use {@link NoticeMessage#idempotencyKey()} to drop duplicates where the channel allows.
 */
@FunctionalInterface
public interface Notifier {

    /**
     * Sends one message. Returning normally means sent.
     *
     * @throws Exception any failure; the delivery is retried with backoff, the message is recorded
     *                   as its last error (so it must not quote phone numbers or other personal data)
     */
    void send(Channel channel, NoticeMessage message) throws Exception;

    /**
     * Sends a one-time code to one phone (a resident signing up), at once and in the caller's request: the person
     * waits for it. Returning normally means sent. A notifier without a channel to single phones keeps this default,
     * which refuses; sign-up by phone then answers SIGN-UP-CODE-UNDELIVERABLE.
     *
     * @throws Exception any failure; the person may ask for a new code (so it must not quote the code or the number)
     */
    default void sendCode(OneTimeCodeMessage message) throws Exception {
        throw new UnsupportedOperationException("this notifier sends no one-time codes");
    }

    /**
     * Alerts the holders of a role at a unit to something they must look into (a service record chain that failed
     * verification). A notifier that reaches no staff keeps this default, which refuses; the caller tries again later.
     *
     * @throws Exception any failure (so it must not quote personal data)
     */
    default void alert(StaffAlert alert) throws Exception {
        throw new UnsupportedOperationException("this notifier sends no staff alerts");
    }
}
