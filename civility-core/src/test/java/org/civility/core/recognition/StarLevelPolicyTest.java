package org.civility.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.organisation.UnitId;
import org.junit.jupiter.api.Test;

class StarLevelPolicyTest {

    private final UnitId unit = new UnitId(UUID.randomUUID());
    private final StarLevelPolicy defaults = new StarLevelPolicy(PolicySettings.defaults());

    @Test
    void defaultThresholdsAre100To1500Hours() {
        assertThat(defaults.levelFor(99 * 60 + 59, unit)).isZero();
        assertThat(defaults.levelFor(100 * 60, unit)).isEqualTo(1);
        assertThat(defaults.levelFor(299 * 60, unit)).isEqualTo(1);
        assertThat(defaults.levelFor(300 * 60, unit)).isEqualTo(2);
        assertThat(defaults.levelFor(600 * 60, unit)).isEqualTo(3);
        assertThat(defaults.levelFor(1000 * 60, unit)).isEqualTo(4);
        assertThat(defaults.levelFor(1500 * 60, unit)).isEqualTo(5);
        assertThat(defaults.levelFor(100_000 * 60L, unit)).isEqualTo(5);
    }

    @Test
    void aLocalityMayRaiseAThreshold() {
        StarLevelPolicy local = new StarLevelPolicy(new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId u) {
                return key == StarLevelPolicy.STAR_1_HOURS ? (T) Integer.valueOf(150) : key.defaultValue();
            }
        });

        assertThat(local.levelFor(120 * 60, unit)).isZero();
        assertThat(local.levelFor(150 * 60, unit)).isEqualTo(1);
    }

    @Test
    void aHigherStarNeverNeedsFewerHoursThanALowerOne() {
        assertThat(StarLevelPolicy.levelFor(250 * 60, List.of(300, 200, 600, 1000, 1500))).isZero();
        assertThat(StarLevelPolicy.levelFor(300 * 60, List.of(300, 200, 600, 1000, 1500))).isEqualTo(2);
    }

    @Test
    void thresholdKeysOnlyGoUpAtLowerTiers() {
        assertThat(StarLevelPolicy.STAR_3_HOURS.loosens(500, 600)).isTrue();
        assertThat(StarLevelPolicy.STAR_3_HOURS.loosens(700, 600)).isFalse();
        assertThat(StarLevelPolicy.KEYS).extracting(SettingKey::name).containsExactly("recognition.star-1-hours",
                "recognition.star-2-hours", "recognition.star-3-hours", "recognition.star-4-hours",
                "recognition.star-5-hours");
    }

    @Test
    void theFeatureListsItsTenSettingsWithDistinctNames() {
        assertThat(org.civility.core.governance.SettingRegistry.of(RecognitionSettings.ALL).keys()).hasSize(10);
    }
}
