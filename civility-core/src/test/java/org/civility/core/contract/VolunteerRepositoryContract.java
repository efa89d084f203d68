package org.civility.core.contract;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.GuardianConsent;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerOrigin;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.core.volunteer.VolunteerStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.aPhone;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;
import static org.civility.core.fixtures.VolunteerFixtures.residentIdAged;

/**
 * What every {@link VolunteerRepository} must do. Subclasses provide the repository; the store is
 * never assumed empty, so each test works under a unit of its own.
 */
public abstract class VolunteerRepositoryContract {

    protected abstract VolunteerRepository repository();

    /** A fresh unit volunteers may belong to; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    @Test
    void storesAndFindsEveryField() {
        // given a minor with consent, skills and a non-default origin
        UnitId unit = aUnit();
        GuardianConsent consent = new GuardianConsent("王芳", PhoneNumber.of(aPhone()), GuardianRelation.GRANDPARENT,
                Instant.parse("2025-05-20T08:30:00Z"));
        Volunteer volunteer = aVolunteer().at(unit).named("李小明").aged(15).from(VolunteerOrigin.COLLEGE_STUDENT)
                .withSkills("书法", "急救", "photography").withGuardianConsent(consent)
                .registeredAt(Instant.parse("2025-06-01T02:00:00Z")).build();

        // when
        repository().store(volunteer);
        Volunteer found = repository().find(volunteer.id()).orElseThrow();

        // then
        assertThat(found.id()).isEqualTo(volunteer.id());
        assertThat(found.homeUnit()).isEqualTo(unit);
        assertThat(found.realName()).isEqualTo("李小明");
        assertThat(found.residentId()).isEqualTo(volunteer.residentId());
        assertThat(found.phone()).isEqualTo(volunteer.phone());
        assertThat(found.origin()).isEqualTo(VolunteerOrigin.COLLEGE_STUDENT);
        assertThat(found.skills()).containsExactly("photography", "书法", "急救");
        assertThat(found.guardianConsent()).contains(consent);
        assertThat(found.registeredAt()).isEqualTo(Instant.parse("2025-06-01T02:00:00Z"));
        assertThat(found.status()).isEqualTo(VolunteerStatus.ACTIVE);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesAVolunteerWithoutConsentOrSkills() {
        Volunteer volunteer = aVolunteer().at(aUnit()).withSkills().build();

        repository().store(volunteer);

        Volunteer found = repository().find(volunteer.id()).orElseThrow();
        assertThat(found.guardianConsent()).isEmpty();
        assertThat(found.skills()).isEmpty();
    }

    @Test
    void storesChangesAndBumpsTheVersion() {
        // given
        Volunteer stored = repository().store(aVolunteer().at(aUnit()).aged(16).build());

        // when
        stored.suspend();
        stored.recordGuardianConsent(new GuardianConsent("张强", PhoneNumber.of(aPhone()), GuardianRelation.FATHER,
                Instant.parse("2025-06-02T00:00:00Z")));
        Volunteer updated = repository().store(stored);

        // then
        assertThat(updated.version()).isEqualTo(2);
        Volunteer found = repository().find(stored.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(VolunteerStatus.SUSPENDED);
        assertThat(found.guardianConsent()).map(GuardianConsent::guardianName).contains("张强");
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersion() {
        // given
        Volunteer original = aVolunteer().at(aUnit()).build();
        repository().store(original);
        Volunteer first = repository().find(original.id()).orElseThrow();
        Volunteer second = repository().find(original.id()).orElseThrow();
        repository().store(first);

        // then
        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(original))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(original.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void rejectsANewVolunteerClaimingAVersion() {
        Volunteer fresh = aVolunteer().at(aUnit()).build();
        Volunteer claimed = Volunteer.restore(fresh.id(), fresh.homeUnit(), fresh.realName(), fresh.residentId(),
                fresh.phone(), fresh.origin(), fresh.skills(), fresh.guardianConsent(), fresh.registeredAt(),
                fresh.status(), 3);

        assertThatThrownBy(() -> repository().store(claimed))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(fresh.id())).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new VolunteerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void findsByResidentId() {
        // given
        Volunteer volunteer = repository().store(aVolunteer().at(aUnit()).build());

        // then
        assertThat(repository().findByResidentId(volunteer.residentId())).map(Volunteer::id).contains(volunteer.id());
        assertThat(repository().findByResidentId(ResidentIdNumber.of(residentIdAged(33)))).isEmpty();
    }

    @Test
    void refusesASecondVolunteerWithTheSameResidentId() {
        // given
        Volunteer first = repository().store(aVolunteer().at(aUnit()).build());

        // then
        Volunteer twin = aVolunteer().at(aUnit()).withResidentId(first.residentId().value()).build();
        assertThatThrownBy(() -> repository().store(twin))
                .isInstanceOfSatisfying(CivilityException.class, e ->
                        assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-REGISTERED"));
        assertThat(repository().find(twin.id())).isEmpty();
    }

    @Test
    void storesManyNewVolunteersTogether() {
        // given
        UnitId unit = aUnit();
        Volunteer skilled = aVolunteer().at(unit).named("张伟").withSkills("书法", "急救").build();
        Volunteer plain = aVolunteer().at(unit).named("李娜").build();

        // when
        List<Volunteer> stored = repository().storeAll(List.of(skilled, plain));

        // then
        assertThat(stored).extracting(Volunteer::id).containsExactly(skilled.id(), plain.id());
        assertThat(stored).extracting(Volunteer::version).containsExactly(1L, 1L);
        Volunteer found = repository().find(skilled.id()).orElseThrow();
        assertThat(found.skills()).containsExactlyInAnyOrder("书法", "急救");
        assertThat(found.residentId()).isEqualTo(skilled.residentId());
        assertThat(repository().find(plain.id())).isPresent();
    }

    @Test
    void refusesToStoreManyWhenOneResidentIdIsTaken() {
        // given
        Volunteer first = repository().store(aVolunteer().at(aUnit()).build());
        Volunteer twin = aVolunteer().at(aUnit()).withResidentId(first.residentId().value()).build();

        // then
        assertThatThrownBy(() -> repository().storeAll(List.of(aVolunteer().at(aUnit()).build(), twin)))
                .isInstanceOfSatisfying(CivilityException.class, e ->
                        assertThat(e.code()).isEqualTo("VOLUNTEER-ALREADY-REGISTERED"));
        assertThat(repository().find(twin.id())).isEmpty();
    }

    @Test
    void tellsWhichResidentIdsAreRegistered() {
        // given
        Volunteer stored = repository().store(aVolunteer().at(aUnit()).build());
        ResidentIdNumber unknown = ResidentIdNumber.of(residentIdAged(41));

        // then
        assertThat(repository().registeredOf(List.of(stored.residentId(), unknown)))
                .containsExactly(stored.residentId());
        assertThat(repository().registeredOf(List.of())).isEmpty();
    }

    @Test
    void listsTheVolunteersOfAUnitByNameInPages() {
        // given
        UnitId unit = aUnit();
        UnitId elsewhere = aUnit();
        repository().store(aVolunteer().at(unit).named("Chen Jing").build());
        repository().store(aVolunteer().at(unit).named("An Na").build());
        repository().store(aVolunteer().at(unit).named("Bai Lu").build());
        repository().store(aVolunteer().at(elsewhere).named("Aaron").build());

        // when
        Page<Volunteer> first = repository().byUnit(unit, new PageRequest(0, 2));
        Page<Volunteer> second = repository().byUnit(unit, new PageRequest(2, 2));

        // then
        assertThat(first.items()).extracting(Volunteer::realName).containsExactly("An Na", "Bai Lu");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Volunteer::realName).containsExactly("Chen Jing");
        assertThat(second.hasMore()).isFalse();
        assertThat(second.offset()).isEqualTo(2);
    }

    @Test
    void keepsWhatCallersHoldApartFromWhatIsStored() {
        // given
        Volunteer stored = repository().store(aVolunteer().at(aUnit()).build());

        // when
        stored.suspend();

        // then
        assertThat(repository().find(stored.id()).orElseThrow().status()).isEqualTo(VolunteerStatus.ACTIVE);
    }
}
