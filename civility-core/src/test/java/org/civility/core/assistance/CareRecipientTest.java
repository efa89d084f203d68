package org.civility.core.assistance;

import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.AssistanceFixtures.aLeftBehindChild;
import static org.civility.core.fixtures.AssistanceFixtures.anEmptyNestElder;

class CareRecipientTest {

    @Test
    void registersAnElderWithOnlyABirthYear() {
        CareRecipient elder = anEmptyNestElder().bornIn(1946).withoutPhone().build();

        assertThat(elder.residentId()).isEmpty();
        assertThat(elder.knownBirthYear()).contains(1946);
        assertThat(elder.phone()).isEmpty();
        assertThat(elder.version()).isZero();
    }

    @Test
    void derivesTheBirthYearFromTheIdNumber() {
        CareRecipient elder = anEmptyNestElder().build();

        assertThat(elder.birthYear()).isEmpty();
        assertThat(elder.knownBirthYear()).contains(elder.residentId().orElseThrow().birthDate().getYear());
    }

    @Test
    void keepsAGuardianOnlyForChildren() {
        CareRecipient child = aLeftBehindChild().build();
        assertThat(child.guardian()).isPresent();

        assertThatThrownBy(() -> anEmptyNestElder()
                .withGuardian(new Guardian("赵明", PhoneNumber.of("13800001111"), GuardianRelation.OTHER_LEGAL_GUARDIAN))
                .build())
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ASSISTANCE-GUARDIAN-NOT-CHILD"));
    }

    @Test
    void rejectsBlankNamesAndImpossibleBirthYears() {
        assertThatThrownBy(() -> anEmptyNestElder().named(" ").build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ASSISTANCE-NAME-INVALID"));
        assertThatThrownBy(() -> anEmptyNestElder().bornIn(1850).build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ASSISTANCE-BIRTH-YEAR"));
    }

    @Test
    void printsNoPersonalDetails() {
        CareRecipient elder = anEmptyNestElder().named("赵大爷").build();

        assertThat(elder.toString()).doesNotContain("赵大爷").doesNotContain(elder.residentId().orElseThrow().value())
                .doesNotContain(elder.phone().orElseThrow().value()).doesNotContain(elder.address());
    }

    @Test
    void updatesTheNeeds() {
        CareRecipient elder = anEmptyNestElder().build();

        elder.recordNeeds("  需要助餐  ");

        assertThat(elder.needs()).isEqualTo("需要助餐");
    }
}
