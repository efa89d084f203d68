package org.civility.core.organisation;

import org.civility.core.shared.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ParentTierPolicyTest {

    private final ParentTierPolicy policy = new ParentTierPolicy();

    @ParameterizedTest(name = "{0} below {1}")
    @CsvSource({"INSTITUTE,CENTER", "STATION,INSTITUTE", "POINT,STATION", "BASE,STATION"})
    @DisplayName("R-ORG-1 each tier sits below the tier above it")
    void allowsTheTierAbove(Tier tier, Tier parent) {
        Decision decision = policy.evaluate(new ParentTierPolicy.Placement("x", tier, Optional.of(parent)));

        assertThat(decision.isAllowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} below {1}")
    @CsvSource({"STATION,CENTER", "INSTITUTE,INSTITUTE", "POINT,INSTITUTE", "CENTER,CENTER", "BASE,POINT"})
    @DisplayName("R-ORG-1 a unit may not skip or repeat a tier")
    void rejectsAnyOtherParentTier(Tier tier, Tier parent) {
        Decision decision = policy.evaluate(new ParentTierPolicy.Placement("x", tier, Optional.of(parent)));

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.code().code()).isEqualTo(ParentTierPolicy.RULE);
            assertThat(r.args()).containsEntry("tier", tier.name()).containsEntry("actual", parent.name());
        });
    }

    @ParameterizedTest
    @CsvSource({"CENTER,true", "INSTITUTE,false"})
    @DisplayName("R-ORG-1 only a center is a root")
    void onlyACenterStandsAlone(Tier tier, boolean allowed) {
        Decision decision = policy.evaluate(new ParentTierPolicy.Placement("x", tier, Optional.empty()));

        assertThat(decision.isAllowed()).isEqualTo(allowed);
    }
}
