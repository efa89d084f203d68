package org.civility.portal.notice;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.OneTimeCodeMessage;
import org.civility.core.notice.StaffAlert;
import org.civility.portal.Settings;

/**
 * The sample's logging notifier: writes one log line per delivery instead of calling an SMS gateway or a
 * WeChat group bot (and, for posters, points at the printable page). Logs the channel, the notice,
 * the idempotency key and the title; never phone numbers or other personal data. It is the {@code log} provider of
 * the portal's {@link Notifier} ({@link NotifierProducer}): every channel, alert and code that
 * {@code civility.notices.*} does not send elsewhere comes here, which with nothing configured is all of them. Typed as
 * itself only, so that the routing notifier is the one {@link Notifier} bean.
 *
 * <p>One-time codes (residents signing up) are logged, with the number masked, only where the portal shows the demo
 * ({@code civility.demo=true}) or runs for tests ({@code civility.testing=true}, which also keeps the last codes for
 * {@link org.civility.portal.testing.TestingOutboxResource}). Anywhere else a code in the log would let whoever reads
 * it sign up as any number, so this notifier refuses to send codes and sign-up by phone answers
 * SIGN-UP-CODE-UNDELIVERABLE until an SMS provider with a code template is configured
 * ({@code civility.notices.aliyun.code-template-code} or {@code civility.notices.tencent.code-template-id}).
 */
@ApplicationScoped
@Typed(LoggingNotifier.class)
public class LoggingNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(LoggingNotifier.class.getName());
    private static final int KEPT_CODES = 100;

    private final Deque<OneTimeCodeMessage> sentCodes = new ArrayDeque<>();

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

    @Override
    public void sendCode(OneTimeCodeMessage message) {
        boolean testing = Boolean.getBoolean("civility.testing");
        if (!testing && !Settings.flag("civility.demo")) {
            LOG.warning("civility sign-up code not sent: this portal has no SMS provider with a code template");
            throw new IllegalStateException("no SMS gateway");
        }
        LOG.info(() -> "civility sign-up code for " + message.to().masked() + ": " + message.code() + " (valid until "
                + message.expiresAt() + "; demo notifier, a real portal sends it by SMS)");
        if (testing) {
            synchronized (sentCodes) {
                sentCodes.addFirst(message);
                while (sentCodes.size() > KEPT_CODES) {
                    sentCodes.removeLast();
                }
            }
        }
    }

    /**
     * Logs the alert: the role and unit it is for, its code and arguments (no personal data). A real portal sends it
     * to the accounts holding that role at the unit, by SMS or its messaging platform.
     */
    @Override
    public void alert(StaffAlert alert) {
        LOG.warning(() -> "civility alert to the " + alert.to() + " of unit " + alert.unit() + ": " + alert.code() + " "
                + new java.util.TreeMap<>(alert.args()) + " (key " + alert.idempotencyKey() + ")");
    }

    /** The last code sent to a number, on a portal run for tests; empty anywhere else. */
    public Optional<OneTimeCodeMessage> lastCodeFor(String phone) {
        synchronized (sentCodes) {
            return List.copyOf(sentCodes).stream().filter(m -> m.to().value().equals(phone)).findFirst();
        }
    }
}
