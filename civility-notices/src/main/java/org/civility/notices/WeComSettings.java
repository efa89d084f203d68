package org.civility.notices;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * WeCom (企业微信) group robots ({@code civility.notices.wecom.*}): each unit's WeChat group has its robot, named by
 * the key of its webhook. The key is a secret the provider puts into the URL; it is never logged and never part of
 * an error. {@link #toString()} shows no key.
 *
 * @param baseUrl    {@code base-url}, default {@value #DEFAULT_BASE_URL}
 * @param defaultKey {@code key} (or {@code key-env}): the robot of units without their own
 * @param unitKeys   {@code civility.notices.unit.<unitId>.wecom.key} (or {@code .key-env})
 * @param type       {@code msgtype}: {@code markdown} (default) or {@code text}
 */
public record WeComSettings(URI baseUrl, Optional<Secret> defaultKey, Map<UnitId, Secret> unitKeys,
                            MessageType type) {

    public static final String DEFAULT_BASE_URL = "https://qyapi.weixin.qq.com";

    /** The robot's message types this module sends. */
    public enum MessageType {
        /** Plain text, at most 2048 bytes of UTF-8. */
        TEXT("text", 2048),
        /** WeCom's markdown subset, at most 4096 bytes of UTF-8. */
        MARKDOWN("markdown", 4096);

        private final String setting;
        private final int maxBytes;

        MessageType(String setting, int maxBytes) {
            this.setting = setting;
            this.maxBytes = maxBytes;
        }

        /** {@code msgtype} as the robot's API names it. */
        public String setting() {
            return setting;
        }

        /** The robot's limit on the content. */
        public int maxBytes() {
            return maxBytes;
        }

        public static MessageType ofSetting(String value) {
            for (MessageType type : values()) {
                if (type.setting.equals(value.strip())) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unknown msgtype '" + value + "' (known: text, markdown)");
        }
    }

    public WeComSettings {
        requireNonNull(baseUrl, "baseUrl");
        requireNonNull(defaultKey, "defaultKey");
        unitKeys = Map.copyOf(requireNonNull(unitKeys, "unitKeys"));
        requireNonNull(type, "type");
    }

    /** The robot of {@code unit}: its own, else the default. */
    public Optional<Secret> keyFor(UnitId unit) {
        return Optional.ofNullable(unitKeys.get(unit)).or(() -> defaultKey);
    }

    @Override
    public String toString() {
        return "WeComSettings[baseUrl=" + baseUrl + ", defaultKey=" + (defaultKey.isPresent() ? "****" : "-")
                + ", unitKeys=" + unitKeys.size() + ", type=" + type + "]";
    }
}
