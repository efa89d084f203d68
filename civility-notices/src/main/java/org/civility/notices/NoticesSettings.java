package org.civility.notices;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.civility.core.notice.Channel;
import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * Which provider carries each channel, for every unit or for one, and how to reach the providers. Immutable; built
 * by {@link #from(Map)} from properties such as {@code civility.notices.sms.provider=aliyun} (README, "Notices by
 * SMS, WeCom and e-mail"). With nothing configured every channel is {@link Provider#LOG}: the demo's behaviour.
 * {@link #toString()} shows no credential.
 *
 * <p>Invariants: every provider chosen for a channel carries that channel, the alert provider carries alerts, and
 * every provider chosen anywhere has its settings.
 *
 * @param channels the provider of each channel, for units without their own choice (a channel left out is
 *                 {@link Provider#LOG})
 * @param units    a unit's own choices, by channel (that unit only, not the units below it)
 * @param alerts   the provider of staff alerts
 * @param timeouts how long to wait for HTTP providers and the SMTP server
 * @param format   how a notice is put into words
 */
public record NoticesSettings(Map<Channel, Provider> channels, Map<UnitId, Map<Channel, Provider>> units,
                              Provider alerts, Timeouts timeouts, NoticeFormat format,
                              Optional<AliyunSmsSettings> aliyun, Optional<TencentSmsSettings> tencent,
                              Optional<WeComSettings> wecom, Optional<MailSettings> mail) {

    public NoticesSettings {
        Map<Channel, Provider> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, requireNonNull(channels, "channels").getOrDefault(channel, Provider.LOG));
        }
        channels = Collections.unmodifiableMap(byChannel);
        Map<UnitId, Map<Channel, Provider>> copied = new HashMap<>();
        requireNonNull(units, "units").forEach((unit, choices) -> copied.put(unit, Map.copyOf(choices)));
        units = Map.copyOf(copied);
        requireNonNull(alerts, "alerts");
        requireNonNull(timeouts, "timeouts");
        requireNonNull(format, "format");
        requireNonNull(aliyun, "aliyun");
        requireNonNull(tencent, "tencent");
        requireNonNull(wecom, "wecom");
        requireNonNull(mail, "mail");
        requireCarriers(channels, units, alerts);
        Set<Provider> used = EnumSet.of(alerts);
        used.addAll(channels.values());
        units.values().forEach(choices -> used.addAll(choices.values()));
        requireSettings(used, Provider.ALIYUN, aliyun);
        requireSettings(used, Provider.TENCENT, tencent);
        requireSettings(used, Provider.WECOM, wecom);
        requireSettings(used, Provider.MAIL, mail);
    }

    /** Every channel logged, nothing sent: what a portal gets with nothing configured. */
    public static NoticesSettings defaults() {
        return new NoticesSettings(Map.of(), Map.of(), Provider.LOG, Timeouts.defaults(), NoticeFormat.defaults(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Reads the {@code civility.notices.*} entries of {@code properties} (others are ignored); a setting
     * {@code X-env=NAME} is read from the environment variable {@code NAME}.
     *
     * @throws IllegalArgumentException an unknown or malformed setting, or a chosen provider without its settings;
     *                                  the message names settings, never their values if secret
     */
    public static NoticesSettings from(Map<String, String> properties) {
        return from(properties, System::getenv);
    }

    /** As {@link #from(Map)}, reading {@code X-env} names through {@code environment}. */
    public static NoticesSettings from(Map<String, String> properties, Function<String, String> environment) {
        return new NoticesProperties(properties, environment).read();
    }

    /** The provider of {@code channel} at {@code unit}: the unit's own choice, else the channel's. */
    public Provider providerFor(UnitId unit, Channel channel) {
        Provider own = units.getOrDefault(unit, Map.of()).get(channel);
        return own != null ? own : channels.getOrDefault(channel, Provider.LOG);
    }

    /**
     * The provider of one-time codes: the SMS provider of units without their own choice, if it has a code
     * template; else {@link Provider#LOG} (the portal's fallback notifier decides).
     */
    public Provider codes() {
        Provider sms = channels.getOrDefault(Channel.SMS, Provider.LOG);
        boolean template = switch (sms) {
            case ALIYUN -> aliyun.flatMap(AliyunSmsSettings::codeTemplateCode).isPresent();
            case TENCENT -> tencent.flatMap(TencentSmsSettings::codeTemplateId).isPresent();
            default -> false;
        };
        return template ? sms : Provider.LOG;
    }

    /** Every provider some channel, unit or alert uses. */
    public Set<Provider> used() {
        Set<Provider> used = EnumSet.of(Provider.LOG, alerts);
        used.addAll(channels.values());
        units.values().forEach(choices -> used.addAll(choices.values()));
        return Collections.unmodifiableSet(used);
    }

    /**
     * @throws IllegalArgumentException a provider chosen for a channel it does not carry, or for alerts it cannot
     *                                  carry
     */
    static void requireCarriers(Map<Channel, Provider> channels, Map<UnitId, Map<Channel, Provider>> units,
                                Provider alerts) {
        channels.forEach(NoticesSettings::requireCarries);
        units.values().forEach(choices -> choices.forEach(NoticesSettings::requireCarries));
        if (!alerts.carriesAlerts()) {
            throw new IllegalArgumentException("provider " + alerts.setting() + " does not carry staff alerts");
        }
    }

    private static void requireCarries(Channel channel, Provider provider) {
        if (!provider.carries(channel)) {
            throw new IllegalArgumentException("provider " + provider.setting() + " does not carry "
                    + NoticesProperties.channelSetting(channel));
        }
    }

    private static void requireSettings(Set<Provider> used, Provider provider, Optional<?> settings) {
        if (used.contains(provider) && settings.isEmpty()) {
            throw new IllegalArgumentException("provider " + provider.setting() + " is chosen but has no settings "
                    + "(civility.notices." + provider.setting() + ".*)");
        }
    }
}
