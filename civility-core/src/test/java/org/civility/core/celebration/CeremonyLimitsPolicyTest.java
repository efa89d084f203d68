package org.civility.core.celebration;

import java.util.Locale;

import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.CelebrationFixtures.aFuneral;
import static org.civility.core.fixtures.CelebrationFixtures.aWedding;

class CeremonyLimitsPolicyTest {

    private final CeremonyLimitsPolicy defaults = new CeremonyLimitsPolicy(PolicySettings.defaults());

    @Test
    @DisplayName("R-CELE-1 a modest wedding within every default limit is allowed")
    void allowsAModestWedding() {
        assertThat(defaults.evaluate(aWedding().withTables(20).withGiftFen(20_000).lasting(1).plan()).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-CELE-1 a wedding with too many tables is rejected with the limit, the value and the setting")
    void rejectsTooManyTables() {
        Decision decision = defaults.evaluate(aWedding().withTables(30).plan());

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.code().code()).isEqualTo("R-CELE-1");
            assertThat(r.args()).containsEntry("limit", "celebration.wedding.max-tables")
                    .containsEntry("maximum", 20L).containsEntry("requested", 30L).containsEntry("count", 1)
                    .containsEntry("breaches", "celebration.wedding.max-tables=20 (requested 30)");
        });
    }

    @Test
    @DisplayName("R-CELE-1 every breached limit is listed, not only the first")
    void listsEveryBreach() {
        CeremonyPlan plan = aWedding().withTables(25).withGiftFen(50_000).lasting(3).plan();

        assertThat(defaults.breaches(plan)).containsExactly(
                new LimitBreach("celebration.wedding.max-tables", 20, 25),
                new LimitBreach("celebration.wedding.max-gift-fen", 20_000, 50_000),
                new LimitBreach("celebration.wedding.max-days", 1, 3));
        assertThatThrownBy(() -> defaults.evaluate(plan).orThrow())
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.args()).containsEntry("count", 3);
                    assertThat((String) e.args().get("breaches")).contains("max-tables=20", "max-gift-fen=20000",
                            "max-days=1");
                    assertThat(e.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("超出村规民约限额");
                    assertThat(e.detail(Locale.SIMPLIFIED_CHINESE)).contains("max-days=1 (requested 3)")
                            .doesNotContain("{");
                });
    }

    @Test
    @DisplayName("R-CELE-1 funerals have their own limits: three days are allowed, sixteen tables are not")
    void appliesTheFuneralLimits() {
        assertThat(defaults.evaluate(aFuneral().lasting(3).withTables(15).withGiftFen(10_000).plan()).isAllowed()).isTrue();
        assertThat(defaults.breaches(aFuneral().withTables(16).plan()))
                .containsExactly(new LimitBreach("celebration.funeral.max-tables", 15, 16));
    }

    @Test
    @DisplayName("R-CELE-1 the village's own (tighter) limit applies")
    void followsTheVillageSetting() {
        PolicySettings village = new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.equals(CeremonyLimitsPolicy.WEDDING_MAX_TABLES) ? (T) Integer.valueOf(10) : key.defaultValue();
            }
        };

        assertThat(new CeremonyLimitsPolicy(village).breaches(aWedding().withTables(12).plan()))
                .containsExactly(new LimitBreach("celebration.wedding.max-tables", 10, 12));
    }

    @Test
    void documentsItsSettingsAsLowerIsStricter() {
        assertThat(CeremonyLimitsPolicy.SETTINGS).hasSize(6)
                .allSatisfy(k -> assertThat(k.loosens(k.defaultValue() + 1, k.defaultValue())).isTrue());
    }

    @Test
    void rejectsAMalformedPlan() {
        assertThatThrownBy(() -> aWedding().withTables(0).plan())
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("CELEBRATION-CEREMONY-INVALID"));
        assertThatThrownBy(() -> aWedding().hostedBy("  ").plan())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.args()).containsEntry("field", "host"));
    }
}
