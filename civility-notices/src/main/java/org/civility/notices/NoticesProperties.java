package org.civility.notices;

import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civility.core.notice.Channel;
import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * Reads {@link NoticesSettings} from properties. Strict: a {@code civility.notices.*} name it does not know is an
 * error (a misspelt setting would otherwise fall back to the log without a word). Values of secret settings never
 * appear in its errors.
 */
final class NoticesProperties {

    static final String PREFIX = "civility.notices.";
    private static final String ENV = "-env";
    private static final Pattern UNIT = Pattern.compile("unit\\.([^.]+)\\.(.+)");

    private static final Set<String> SETTINGS = Set.of(
            "sms.provider", "wechat-group.provider", "poster.provider", "alert.provider",
            "connect-timeout", "request-timeout", "zone", "time-pattern", "sms.param-max-length",
            "aliyun.endpoint", "aliyun.access-key-id", "aliyun.access-key-secret", "aliyun.sign-name",
            "aliyun.template-code", "aliyun.code-template-code", "aliyun.batch-size",
            "tencent.endpoint", "tencent.region", "tencent.secret-id", "tencent.secret-key", "tencent.sdk-app-id",
            "tencent.sign-name", "tencent.template-id", "tencent.code-template-id", "tencent.batch-size",
            "wecom.base-url", "wecom.key", "wecom.msgtype",
            "mail.host", "mail.port", "mail.security", "mail.username", "mail.password", "mail.from",
            "mail.batch-size");
    private static final Set<String> UNIT_SETTINGS = Set.of(
            "sms.provider", "wechat-group.provider", "poster.provider", "wecom.key");

    private final Map<String, String> settings = new TreeMap<>();
    private final Map<UnitId, Map<String, String>> unitSettings = new HashMap<>();
    private final Function<String, String> environment;

    NoticesProperties(Map<String, String> properties, Function<String, String> environment) {
        this.environment = requireNonNull(environment, "environment");
        requireNonNull(properties, "properties").forEach((name, value) -> {
            if (name == null || !name.startsWith(PREFIX) || value == null || value.isBlank()) {
                return;
            }
            String rest = name.substring(PREFIX.length());
            Matcher unit = UNIT.matcher(rest);
            if (unit.matches()) {
                UnitId id = unitId(unit.group(1), name);
                String setting = unit.group(2);
                requireKnown(UNIT_SETTINGS, setting, name);
                unitSettings.computeIfAbsent(id, k -> new TreeMap<>()).put(setting, value.strip());
            } else {
                requireKnown(SETTINGS, rest, name);
                settings.put(rest, value.strip());
            }
        });
    }

    NoticesSettings read() {
        Map<Channel, Provider> channels = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            channels.put(channel, provider(settings, channelSetting(channel) + ".provider", Provider.LOG));
        }
        Map<UnitId, Map<Channel, Provider>> units = new HashMap<>();
        Map<UnitId, Secret> unitKeys = new HashMap<>();
        unitSettings.forEach((unit, own) -> {
            Map<Channel, Provider> choices = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                String name = channelSetting(channel) + ".provider";
                if (own.containsKey(name)) {
                    choices.put(channel, provider(own, name, Provider.LOG));
                }
            }
            if (!choices.isEmpty()) {
                units.put(unit, choices);
            }
            value(own, "wecom.key", "unit." + unit + ".").map(Secret::new).ifPresent(key -> unitKeys.put(unit, key));
        });
        Provider alerts = provider(settings, "alert.provider", Provider.LOG);
        NoticesSettings.requireCarriers(channels, units, alerts);

        Set<Provider> used = EnumSet.of(alerts);
        used.addAll(channels.values());
        units.values().forEach(c -> used.addAll(c.values()));
        Timeouts timeouts = new Timeouts(duration("connect-timeout", Timeouts.DEFAULT_CONNECT),
                duration("request-timeout", Timeouts.DEFAULT_REQUEST));
        NoticeFormat format = new NoticeFormat(zone(), text("time-pattern").orElse(NoticeFormat.DEFAULT_TIME_PATTERN),
                number("sms.param-max-length", NoticeFormat.DEFAULT_SMS_PARAM_MAX));
        return new NoticesSettings(channels, units, alerts, timeouts, format,
                used.contains(Provider.ALIYUN) ? Optional.of(aliyun()) : Optional.empty(),
                used.contains(Provider.TENCENT) ? Optional.of(tencent()) : Optional.empty(),
                used.contains(Provider.WECOM) ? Optional.of(wecom(unitKeys)) : Optional.empty(),
                used.contains(Provider.MAIL) ? Optional.of(mail()) : Optional.empty());
    }

    /** {@code sms}, {@code wechat-group}, {@code poster}: a channel as the settings name it. */
    static String channelSetting(Channel channel) {
        return channel.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private AliyunSmsSettings aliyun() {
        List<String> missing = new ArrayList<>();
        String keyId = required("aliyun.access-key-id", missing);
        String secret = required("aliyun.access-key-secret", missing);
        String signName = required("aliyun.sign-name", missing);
        String template = required("aliyun.template-code", missing);
        requireNothingMissing("aliyun", missing);
        return new AliyunSmsSettings(uri("aliyun.endpoint", AliyunSmsSettings.DEFAULT_ENDPOINT), keyId,
                new Secret(secret), signName, template, text("aliyun.code-template-code"),
                number("aliyun.batch-size", AliyunSmsSettings.DEFAULT_BATCH));
    }

    private TencentSmsSettings tencent() {
        List<String> missing = new ArrayList<>();
        String secretId = required("tencent.secret-id", missing);
        String secretKey = required("tencent.secret-key", missing);
        String appId = required("tencent.sdk-app-id", missing);
        String signName = required("tencent.sign-name", missing);
        String template = required("tencent.template-id", missing);
        requireNothingMissing("tencent", missing);
        return new TencentSmsSettings(uri("tencent.endpoint", TencentSmsSettings.DEFAULT_ENDPOINT),
                text("tencent.region").orElse(TencentSmsSettings.DEFAULT_REGION), secretId, new Secret(secretKey),
                appId, signName, template, text("tencent.code-template-id"),
                number("tencent.batch-size", TencentSmsSettings.MAX_BATCH));
    }

    private WeComSettings wecom(Map<UnitId, Secret> unitKeys) {
        Optional<Secret> key = text("wecom.key").map(Secret::new);
        if (key.isEmpty() && unitKeys.isEmpty()) {
            throw new IllegalArgumentException("provider wecom is chosen but no robot has a key: set "
                    + PREFIX + "wecom.key or " + PREFIX + "unit.<unitId>.wecom.key (or their -env)");
        }
        return new WeComSettings(uri("wecom.base-url", WeComSettings.DEFAULT_BASE_URL), key, unitKeys,
                text("wecom.msgtype").map(WeComSettings.MessageType::ofSetting)
                        .orElse(WeComSettings.MessageType.MARKDOWN));
    }

    private MailSettings mail() {
        List<String> missing = new ArrayList<>();
        String host = required("mail.host", missing);
        String from = required("mail.from", missing);
        requireNothingMissing("mail", missing);
        MailSettings.Security security = text("mail.security").map(s -> {
            try {
                return MailSettings.Security.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PREFIX + "mail.security: unknown '" + s + "' (starttls, ssl, none)");
            }
        }).orElse(MailSettings.Security.STARTTLS);
        Optional<String> username = text("mail.username");
        Optional<Secret> password = text("mail.password").map(Secret::new);
        if (username.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(PREFIX + "mail.username and " + PREFIX + "mail.password go together");
        }
        return new MailSettings(host, number("mail.port", security.defaultPort()), security, username, password,
                from, number("mail.batch-size", MailSettings.DEFAULT_BATCH));
    }

    private Optional<String> text(String name) {
        return value(settings, name, "");
    }

    private String required(String name, List<String> missing) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            missing.add(PREFIX + name);
        }
        return value.orElse("");
    }

    private static void requireNothingMissing(String provider, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("provider " + provider + " is chosen but these settings are missing: "
                    + String.join(", ", missing) + " (each may also be given as <name>-env)");
        }
    }

    /** {@code name}, else the environment variable that {@code name-env} names. */
    private Optional<String> value(Map<String, String> from, String name, String scope) {
        String direct = from.get(name);
        if (direct != null) {
            return Optional.of(direct);
        }
        String variable = from.get(name + ENV);
        if (variable == null) {
            return Optional.empty();
        }
        String value = environment.apply(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(PREFIX + scope + name + ENV + " names the environment variable "
                    + variable + ", which is not set");
        }
        return Optional.of(value.strip());
    }

    private Provider provider(Map<String, String> from, String name, Provider fallback) {
        String value = from.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Provider.ofSetting(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + name + ": " + e.getMessage());
        }
    }

    private Duration duration(String name, Duration fallback) {
        return text(name).map(value -> {
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(PREFIX + name + ": not an ISO-8601 duration such as PT10S: " + value);
            }
        }).orElse(fallback);
    }

    private int number(String name, int fallback) {
        return text(name).map(value -> {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + name + ": not a whole number: " + value);
            }
        }).orElse(fallback);
    }

    private URI uri(String name, String fallback) {
        String value = text(name).orElse(fallback);
        try {
            URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("no http(s) host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PREFIX + name + ": not an http(s) URL with a host");
        }
    }

    private ZoneId zone() {
        String value = text("zone").orElse("Asia/Shanghai");
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PREFIX + "zone: unknown zone " + value);
        }
    }

    private static UnitId unitId(String value, String name) {
        try {
            return UnitId.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": the unit must be named by its id (a UUID)");
        }
    }

    private static void requireKnown(Set<String> known, String setting, String name) {
        String base = setting.endsWith(ENV) ? setting.substring(0, setting.length() - ENV.length()) : setting;
        if (!known.contains(base)) {
            throw new IllegalArgumentException("unknown setting " + name);
        }
    }
}
