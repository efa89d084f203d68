package org.civility.portal.notice;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;

/**
 * The sample's notifier: writes one log line per delivery instead of calling an SMS gateway or a
 * WeChat group bot (and, for posters, points at the printable page). Logs the channel, the notice,
 * the idempotency key and the title; never phone numbers or other personal data. A real portal
 * replaces this bean with one that calls its gateways, passing {@link NoticeMessage#idempotencyKey()}
 * on so a duplicate after a crash is dropped.
 */
@ApplicationScoped
public class LoggingNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(LoggingNotifier.class.getName());

    @Override
    public void send(Channel channel, NoticeMessage message) {
        String where = switch (channel) {
            case SMS -> "SMS to the unit's residents";
            case WECHAT_GROUP -> "WeChat group of the unit";
            case POSTER -> "poster ready at api/v1/notices/" + message.notice() + "/poster";
        };
        LOG.info(() -> "civility notice " + message.notice() + " via " + channel + " (" + where + ", key "
                + message.idempotencyKey() + ", attempt " + message.attempt() + "): " + message.content().title());
    }
}
