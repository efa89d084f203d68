package org.civility.core.volunteer;

import org.civility.core.governance.SettingKey;

import java.time.ZoneId;

/** The settings of the volunteer feature; a unit may tighten them for its subtree, never loosen them. */
public final class VolunteerSettings {

    /** A volunteer younger than this (in completed years) needs a guardian's consent. Default 18. */
    public static final SettingKey<Integer> GUARDIAN_CONSENT_BELOW_AGE =
            SettingKey.higherIsStricter("volunteer.guardian-consent-below-age", 18);

    /** Nobody younger than this (in completed years) may register. Default 8. */
    public static final SettingKey<Integer> MINIMUM_AGE =
            SettingKey.higherIsStricter("volunteer.minimum-age", 8);

    /** The zone in which "today" (and so a person's age) is reckoned. */
    public static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Shanghai");

    private VolunteerSettings() {
    }
}
