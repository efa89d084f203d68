package org.civility.notices;

import java.net.http.HttpClient;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.OneTimeCodeMessage;
import org.civility.core.notice.StaffAlert;
import org.civility.core.organisation.UnitId;
import org.civility.notices.mail.MailNotifier;
import org.civility.notices.sms.AliyunSmsNotifier;
import org.civility.notices.sms.TencentSmsNotifier;
import org.civility.notices.wecom.WeComRobotNotifier;

import static java.util.Objects.requireNonNull;

/**
 * The portal's {@link Notifier}: hands each delivery to the provider {@link NoticesSettings} chooses for its unit
 * and channel, one-time codes to {@link NoticesSettings#codes()} and staff alerts to
 * {@link NoticesSettings#alerts()}. {@link Provider#LOG} is the portal's own fallback notifier (the sample's
 * {@code LoggingNotifier}, which also serves the demo's codes), so nothing changes until a provider is configured.
 *
 * <p>Failures are the chosen notifier's: it throws, and the dispatcher retries the delivery (R-NOTE-1). Close it
 * when the portal stops, to release its HTTP client.
 */
public final class RoutingNotifier implements Notifier, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RoutingNotifier.class.getName());

    private final NoticesSettings settings;
    private final Map<Provider, Notifier> notifiers;
    private final HttpClient http;

    RoutingNotifier(NoticesSettings settings, Map<Provider, Notifier> notifiers, HttpClient http) {
        this.settings = requireNonNull(settings, "settings");
        Map<Provider, Notifier> copy = new EnumMap<>(Provider.class);
        copy.putAll(requireNonNull(notifiers, "notifiers"));
        for (Provider used : settings.used()) {
            if (!copy.containsKey(used)) {
                throw new IllegalArgumentException("no notifier for provider " + used.setting());
            }
        }
        this.notifiers = Collections.unmodifiableMap(copy);
        this.http = http;
    }

    /**
     * Builds the notifiers the settings use, over one HTTP client (connect timeout from the settings, no redirects).
     *
     * @param recipients who the unit's notices reach (the portal's subscriptions)
     * @param ledger     which recipients of a delivery are done ({@link SentLedger#inMemory()} within one process)
     * @param log        the notifier of {@link Provider#LOG}: the portal's logging notifier, or {@link LogNotifier}
     */
    public static RoutingNotifier create(NoticesSettings settings, NoticeRecipients recipients, SentLedger ledger,
                                         Notifier log) {
        requireNonNull(settings, "settings");
        requireNonNull(recipients, "recipients");
        requireNonNull(ledger, "ledger");
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.timeouts().connect())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Map<Provider, Notifier> notifiers = new EnumMap<>(Provider.class);
        notifiers.put(Provider.LOG, requireNonNull(log, "log"));
        settings.aliyun().ifPresent(aliyun -> notifiers.put(Provider.ALIYUN, new AliyunSmsNotifier(aliyun, http,
                settings.timeouts(), recipients, ledger, settings.format())));
        settings.tencent().ifPresent(tencent -> notifiers.put(Provider.TENCENT, new TencentSmsNotifier(tencent, http,
                settings.timeouts(), recipients, ledger, settings.format())));
        settings.wecom().ifPresent(wecom -> notifiers.put(Provider.WECOM, new WeComRobotNotifier(wecom, http,
                settings.timeouts(), settings.format())));
        settings.mail().ifPresent(mail -> notifiers.put(Provider.MAIL, new MailNotifier(mail, settings.timeouts(),
                recipients, ledger, settings.format())));
        LOG.info(() -> "civility notices: " + describe(settings));
        return new RoutingNotifier(settings, notifiers, http);
    }

    /** With the in-memory ledger and {@link LogNotifier} for {@link Provider#LOG}. */
    public static RoutingNotifier create(NoticesSettings settings, NoticeRecipients recipients) {
        return create(settings, recipients, SentLedger.inMemory(), new LogNotifier());
    }

    @Override
    public void send(Channel channel, NoticeMessage message) throws Exception {
        notifiers.get(providerFor(message.unit(), channel)).send(channel, message);
    }

    @Override
    public void sendCode(OneTimeCodeMessage message) throws Exception {
        notifiers.get(settings.codes()).sendCode(message);
    }

    @Override
    public void alert(StaffAlert alert) throws Exception {
        notifiers.get(settings.alerts()).alert(alert);
    }

    /** The provider that carries {@code channel} for {@code unit}. */
    public Provider providerFor(UnitId unit, Channel channel) {
        return settings.providerFor(unit, channel);
    }

    public NoticesSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        if (http != null) {
            http.close();
        }
    }

    private static String describe(NoticesSettings settings) {
        StringBuilder text = new StringBuilder();
        settings.channels().forEach((channel, provider) -> text.append(channel).append('=')
                .append(provider.setting()).append(' '));
        text.append("alerts=").append(settings.alerts().setting()).append(" codes=").append(settings.codes().setting());
        if (!settings.units().isEmpty()) {
            text.append(", ").append(settings.units().size()).append(" units with their own choice");
        }
        return text.toString();
    }
}
