package org.civility.core.recognition;

import org.civility.core.governance.SettingKey;

/**
 * Quotas of the yearly commendation (R-RECG-1) per unit. {@code lowerIsStricter}: a locality may lower
 * the number of volunteers and teams a unit commends, and a lower tier may only lower it further.
 */
public final class CommendationSettings {

    /** Volunteers a unit commends a year. Default 10. */
    public static final SettingKey<Integer> VOLUNTEER_QUOTA =
            SettingKey.lowerIsStricter("recognition.commendation-volunteers", 10);
    /** Teams a unit commends a year. Default 3. */
    public static final SettingKey<Integer> TEAM_QUOTA = SettingKey.lowerIsStricter("recognition.commendation-teams", 3);

    private CommendationSettings() {
    }
}
