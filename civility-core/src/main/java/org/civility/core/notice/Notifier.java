package org.civility.core.notice;

/**
 * Sends notices through a channel (an SMS gateway, a WeChat group bot, a poster printer). Implemented
 * by the portal. Called outside any transaction by the {@link NoticeDispatcher}, at least once per
 * delivery: use {@link NoticeMessage#idempotencyKey()} to drop duplicates where the channel allows.
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
}
