package org.civility.core.recognition;

import java.util.List;
import org.civility.core.governance.SettingKey;

/** Every setting key of the recognition feature, for the web adapter's {@code FeatureSettings}. */
public final class RecognitionSettings {

    /** Star thresholds 1..5, then points per hour, make-up earning points, expiry years, commendation quotas. */
    public static final List<SettingKey<?>> ALL = List.of(StarLevelPolicy.STAR_1_HOURS, StarLevelPolicy.STAR_2_HOURS,
            StarLevelPolicy.STAR_3_HOURS, StarLevelPolicy.STAR_4_HOURS, StarLevelPolicy.STAR_5_HOURS,
            PointsSettings.POINTS_PER_HOUR, PointsSettings.MAKE_UP_EARNS_POINTS, PointsSettings.EXPIRE_AFTER_YEARS,
            CommendationSettings.VOLUNTEER_QUOTA, CommendationSettings.TEAM_QUOTA);

    private RecognitionSettings() {
    }
}
