package org.civility.core.volunteer;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.SAMPLE_ID;
import static org.civility.core.fixtures.VolunteerFixtures.TODAY;
import static org.civility.core.fixtures.VolunteerFixtures.aGuardianConsent;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class VolunteerTest {

    @Test
    void registersActiveWithBirthDateAndGenderFromTheIdNumber() {
        // when
        Volunteer volunteer = aVolunteer().withResidentId(SAMPLE_ID).build();

        // then
        assertThat(volunteer.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(volunteer.version()).isZero();
        assertThat(volunteer.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(volunteer.gender()).isEqualTo(Gender.FEMALE);
        assertThat(volunteer.ageOn(TODAY)).isEqualTo(75);
        assertThat(volunteer.isMinorOn(TODAY)).isFalse();
    }

    @Test
    void fixtureAgesAreCompletedYearsToday() {
        assertThat(aVolunteer().aged(15).build().ageOn(TODAY)).isEqualTo(15);
        assertThat(aVolunteer().aged(15).build().isMinorOn(TODAY)).isTrue();
        assertThat(aVolunteer().aged(18).build().isMinorOn(TODAY)).isFalse();
    }

    @Test
    void trimsSkillsAndKeepsThemSortedAndUnmodifiable() {
        // when
        Volunteer volunteer = aVolunteer().withSkills(" 摄影 ", "急救", "书法").build();

        // then
        assertThat(volunteer.skills()).containsExactly("书法", "急救", "摄影");
        assertThatThrownBy(() -> volunteer.skills().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsBlankNamesAndSkills() {
        assertThatThrownBy(() -> aVolunteer().named("  ").build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VOLUNTEER-NAME-INVALID"));
        assertThatThrownBy(() -> aVolunteer().withSkills(" ").build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VOLUNTEER-SKILL-INVALID"));
    }

    @Test
    void suspendsAndReactivatesButNotTwice() {
        // given
        Volunteer volunteer = aVolunteer().build();

        // when
        volunteer.suspend();

        // then
        assertThat(volunteer.status()).isEqualTo(VolunteerStatus.SUSPENDED);
        assertThatThrownBy(volunteer::suspend)
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VOLUNTEER-ILLEGAL-STATUS"));
        volunteer.reactivate();
        assertThat(volunteer.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThatThrownBy(volunteer::reactivate).isInstanceOf(CivilityException.class);
    }

    @Test
    void recordsAGuardiansConsentLater() {
        // given
        Volunteer minor = aVolunteer().aged(15).build();
        GuardianConsent consent = aGuardianConsent();

        // when
        minor.recordGuardianConsent(consent);

        // then
        assertThat(minor.guardianConsent()).contains(consent);
    }

    @Test
    void restoresEveryField() {
        // given
        Volunteer original = aVolunteer().aged(15).withGuardianConsent().build();

        // when
        Volunteer restored = Volunteer.restore(original.id(), original.homeUnit(), original.realName(),
                original.residentId(), original.phone(), original.origin(), original.skills(),
                original.guardianConsent(), original.registeredAt(), VolunteerStatus.SUSPENDED, 7);

        // then
        assertThat(restored).usingRecursiveComparison().ignoringFields("status", "version").isEqualTo(original);
        assertThat(restored.status()).isEqualTo(VolunteerStatus.SUSPENDED);
        assertThat(restored.version()).isEqualTo(7);
    }

    @Test
    void restoreChecksInvariantsAgain() {
        Volunteer v = aVolunteer().build();
        assertThatThrownBy(() -> Volunteer.restore(v.id(), v.homeUnit(), "", v.residentId(), v.phone(), v.origin(),
                v.skills(), Optional.empty(), v.registeredAt(), v.status(), 1))
                .isInstanceOf(CivilityException.class);
    }

    @Test
    void neverPrintsPersonalDataInFull() {
        Volunteer volunteer = aVolunteer().withResidentId(SAMPLE_ID).withPhone("13812345678").build();

        assertThat(volunteer.toString()).doesNotContain(SAMPLE_ID).doesNotContain("13812345678");
        assertThat(aVolunteer().withPhone("13812345678").withGuardianConsent().command().toString())
                .doesNotContain("13812345678");
    }
}
