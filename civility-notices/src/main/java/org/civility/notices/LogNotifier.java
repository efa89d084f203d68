package org.civility.notices;

import java.util.TreeMap;
import java.util.logging.Logger;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.StaffAlert;

/**
 * Sends nothing and writes a log line per delivery: the channel, the notice, the idempotency key, the attempt and the
 * title; never a recipient. The {@link RoutingNotifier}'s {@link Provider#LOG} when the portal gives none of its own.
 * One-time codes are refused (Notifier's default), since a code in a log would let its reader sign up as anyone.
 */
public final class LogNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(LogNotifier.class.getName());

    @Override
    public void send(Channel channel, NoticeMessage message) {
        LOG.info(() -> "civility notice " + message.notice() + " via " + channel + " not sent, logged only (key "
                + message.idempotencyKey() + ", attempt " + message.attempt() + "): " + message.content().title());
    }

    @Override
    public void alert(StaffAlert alert) {
        LOG.warning(() -> "civility alert to the " + alert.to() + " of unit " + alert.unit() + ": " + alert.code() + " "
                + new TreeMap<>(alert.args()) + " (key " + alert.idempotencyKey() + ")");
    }
}
