package org.civility.core.contract;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.team.FiveEldersCategory;
import org.civility.core.team.Profession;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamKind;
import org.civility.core.team.TeamMember;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.TeamFixtures.aTeam;

/**
 * What every {@link TeamRepository} must do. Subclasses provide the repository; the store is never
 * assumed empty, so each test works under a unit of its own.
 */
public abstract class TeamRepositoryContract {

    private static final Instant T0 = Instant.parse("2025-06-01T02:00:00Z");

    protected abstract TeamRepository repository();

    /** A fresh unit teams may belong to; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    /** A volunteer at {@code unit} who may join teams; override to create the volunteer's row first. */
    protected VolunteerId aVolunteerAt(UnitId unit) {
        return new VolunteerId(UUID.randomUUID());
    }

    @Test
    void storesAndFindsEveryFieldOfAFiveEldersTeam() {
        // given
        UnitId unit = aUnit();
        TeamMember teacher = new TeamMember(aVolunteerAt(unit), Optional.of(FiveEldersCategory.RETIRED_TEACHER),
                Optional.empty(), T0.plusSeconds(60));
        TeamMember soldier = new TeamMember(aVolunteerAt(unit), Optional.of(FiveEldersCategory.VETERAN_SOLDIER),
                Optional.of(Profession.OTHER), T0);
        Team team = aTeam().at(unit).ofKind(TeamKind.FIVE_ELDERS).named("五老关爱团").formedAt(T0.minusSeconds(3600))
                .withMember(teacher).withMember(soldier).build();

        // when
        repository().store(team);
        Team found = repository().find(team.id()).orElseThrow();

        // then
        assertThat(found.id()).isEqualTo(team.id());
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.kind()).isEqualTo(TeamKind.FIVE_ELDERS);
        assertThat(found.name()).isEqualTo("五老关爱团");
        assertThat(found.formedAt()).isEqualTo(T0.minusSeconds(3600));
        assertThat(found.members()).containsExactly(soldier, teacher);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void storesProfessionsOfAProfessionalTeam() {
        UnitId unit = aUnit();
        TeamMember lawyer = new TeamMember(aVolunteerAt(unit), Optional.empty(), Optional.of(Profession.LAWYER), T0);
        Team team = aTeam().at(unit).ofKind(TeamKind.PROFESSIONAL).withMember(lawyer).build();

        repository().store(team);

        assertThat(repository().find(team.id()).orElseThrow().members()).containsExactly(lawyer);
    }

    @Test
    void storesJoiningAndLeavingMembersAndBumpsTheVersion() {
        // given
        UnitId unit = aUnit();
        VolunteerId first = aVolunteerAt(unit);
        VolunteerId second = aVolunteerAt(unit);
        Team stored = repository().store(aTeam().at(unit)
                .withMember(new TeamMember(first, Optional.empty(), Optional.empty(), T0)).build());

        // when
        stored.admit(new TeamMember(second, Optional.empty(), Optional.empty(), T0.plusSeconds(1)));
        stored.release(first);
        Team updated = repository().store(stored);

        // then
        assertThat(updated.version()).isEqualTo(2);
        Team found = repository().find(stored.id()).orElseThrow();
        assertThat(found.members()).extracting(TeamMember::volunteer).containsExactly(second);
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void rejectsAStaleVersion() {
        // given
        Team original = aTeam().at(aUnit()).build();
        repository().store(original);
        Team first = repository().find(original.id()).orElseThrow();
        Team second = repository().find(original.id()).orElseThrow();
        repository().store(first);

        // then
        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThatThrownBy(() -> repository().store(original))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(original.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new TeamId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsTheTeamsOfAUnitByNameInPages() {
        // given
        UnitId unit = aUnit();
        repository().store(aTeam().at(unit).named("Choir").build());
        repository().store(aTeam().at(unit).named("Art troupe").build());
        repository().store(aTeam().at(unit).named("Book club").build());
        repository().store(aTeam().at(aUnit()).named("Aardvarks").build());

        // when
        Page<Team> first = repository().byUnit(unit, new PageRequest(0, 2));
        Page<Team> second = repository().byUnit(unit, new PageRequest(2, 2));

        // then
        assertThat(first.items()).extracting(Team::name).containsExactly("Art troupe", "Book club");
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Team::name).containsExactly("Choir");
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void keepsWhatCallersHoldApartFromWhatIsStored() {
        UnitId unit = aUnit();
        Team stored = repository().store(aTeam().at(unit).build());

        stored.admit(new TeamMember(aVolunteerAt(unit), Optional.empty(), Optional.empty(), T0));

        assertThat(repository().find(stored.id()).orElseThrow().members()).isEmpty();
    }
}
