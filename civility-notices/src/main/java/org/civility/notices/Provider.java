package org.civility.notices;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.civility.core.notice.Channel;

/** Who carries a channel: a provider, and the channels it can carry. */
public enum Provider {
    /** Writes a log line and sends nothing (the demo's behaviour; the default of every channel). */
    LOG("log", EnumSet.allOf(Channel.class), true),
    /** Alibaba Cloud SMS (Dysmsapi {@code SendSms}). */
    ALIYUN("aliyun", EnumSet.of(Channel.SMS), false),
    /** Tencent Cloud SMS ({@code SendSms}, API 3.0). */
    TENCENT("tencent", EnumSet.of(Channel.SMS), false),
    /** A WeCom (企业微信) group robot, one per unit's group: its residents read it, so it carries no staff alerts. */
    WECOM("wecom", EnumSet.of(Channel.WECHAT_GROUP), false),
    /** E-mail through Jakarta Mail, to the mailboxes the portal names for the channel. */
    MAIL("mail", EnumSet.allOf(Channel.class), true);

    private final String setting;
    private final Set<Channel> channels;
    private final boolean alerts;

    Provider(String setting, Set<Channel> channels, boolean alerts) {
        this.setting = setting;
        this.channels = Collections.unmodifiableSet(channels);
        this.alerts = alerts;
    }

    /** The name in the settings: {@code log}, {@code aliyun}, {@code tencent}, {@code wecom}, {@code mail}. */
    public String setting() {
        return setting;
    }

    public boolean carries(Channel channel) {
        return channels.contains(channel);
    }

    /** Whether it can carry staff alerts ({@code civility.notices.alert.provider}). */
    public boolean carriesAlerts() {
        return alerts;
    }

    /**
     * @throws IllegalArgumentException naming the known providers
     */
    public static Provider ofSetting(String value) {
        return Arrays.stream(values()).filter(p -> p.setting.equals(value.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown provider '" + value + "' (known: "
                        + Arrays.stream(values()).map(Provider::setting).collect(Collectors.joining(", ")) + ")"));
    }
}
