package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.organisation.UnitId;

/**
 * Star levels (星级志愿者) from total service hours (DOMAIN §6a): level n when total hours reach the
 * threshold of star n; 0 below star 1. Thresholds are settings per locality (defaults 100/300/600/1000/1500 h);
 * they are {@code higherIsStricter}, so a lower tier may only raise a threshold. Thresholds that are not
 * increasing are read as the running maximum, so a higher star never needs fewer hours than a lower one.
 */
public final class StarLevelPolicy {

    public static final SettingKey<Integer> STAR_1_HOURS = SettingKey.higherIsStricter("recognition.star-1-hours", 100);
    public static final SettingKey<Integer> STAR_2_HOURS = SettingKey.higherIsStricter("recognition.star-2-hours", 300);
    public static final SettingKey<Integer> STAR_3_HOURS = SettingKey.higherIsStricter("recognition.star-3-hours", 600);
    public static final SettingKey<Integer> STAR_4_HOURS = SettingKey.higherIsStricter("recognition.star-4-hours", 1000);
    public static final SettingKey<Integer> STAR_5_HOURS = SettingKey.higherIsStricter("recognition.star-5-hours", 1500);
    /** The keys in star order (index 0 = star 1). */
    public static final List<SettingKey<Integer>> KEYS =
            List.of(STAR_1_HOURS, STAR_2_HOURS, STAR_3_HOURS, STAR_4_HOURS, STAR_5_HOURS);

    private final PolicySettings settings;

    public StarLevelPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** The star level (0..5) of {@code totalMinutes} under the thresholds effective at {@code unit}. */
    public int levelFor(long totalMinutes, UnitId unit) {
        requireNonNull(unit, "unit");
        return levelFor(totalMinutes, KEYS.stream().map(k -> settings.effective(k, unit)).toList());
    }

    /** The star level of {@code totalMinutes} under explicit thresholds in hours (star 1 first). */
    public static int levelFor(long totalMinutes, List<Integer> thresholdHours) {
        int level = 0;
        long required = 0;
        for (int i = 0; i < thresholdHours.size(); i++) {
            required = Math.max(required, thresholdHours.get(i) * 60L);
            if (totalMinutes >= required) {
                level = i + 1;
            } else {
                break;
            }
        }
        return level;
    }
}
