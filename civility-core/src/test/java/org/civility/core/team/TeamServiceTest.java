package org.civility.core.team;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.CLOCK;
import static org.civility.core.fixtures.VolunteerFixtures.NOW;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class TeamServiceTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final TeamService service = new TeamService(teams, volunteers, new AccessControl(tree), tree, CLOCK,
            IdSource.random(), events::add);
    private final Actor head = Actor.of("head", new RoleGrant(Role.HEAD, tree.institute));

    @Test
    void formsATeamAndAnnouncesIt() {
        // when
        Team team = service.form(head, new FormTeam(tree.station, TeamKind.EXPERT, "理论宣讲专家团"));

        // then
        assertThat(team.version()).isEqualTo(1);
        assertThat(service.get(head, team.id()).name()).isEqualTo("理论宣讲专家团");
        assertThat(events).containsExactly(new TeamFormed(team.id(), tree.station, TeamKind.EXPERT, NOW));
    }

    @Test
    void deniesFormingATeamInAnotherBranch() {
        Actor elsewhere = Actor.of("other", new RoleGrant(Role.ADMINISTRATOR, tree.otherInstitute));

        assertThatThrownBy(() -> service.form(elsewhere, new FormTeam(tree.station, TeamKind.VOLUNTEER, "队")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThat(events).isEmpty();
    }

    @Test
    void addsAVolunteerOfAUnitBelowTheTeamsUnit() {
        // given
        Team team = service.form(head, new FormTeam(tree.institute, TeamKind.VOLUNTEER, "红马甲"));
        Volunteer fromPoint = volunteers.store(aVolunteer().at(tree.point).build());

        // when
        Team updated = service.addMember(head, AddTeamMember.of(team.id(), fromPoint.id()));

        // then
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.members()).extracting(TeamMember::volunteer).containsExactly(fromPoint.id());
        assertThat(updated.members().getFirst().joinedAt()).isEqualTo(NOW);
        assertThat(events).endsWith(new TeamMemberJoined(team.id(), fromPoint.id(), NOW));
    }

    @Test
    void rejectsAVolunteerFromOutsideTheTeamsUnit() {
        // given
        Team team = service.form(head, new FormTeam(tree.station, TeamKind.VOLUNTEER, "红马甲"));
        Volunteer fromAbove = volunteers.store(aVolunteer().at(tree.institute).build());

        // then
        assertThatThrownBy(() -> service.addMember(head, AddTeamMember.of(team.id(), fromAbove.id())))
                .isInstanceOfSatisfying(CivilityException.class, e ->
                        assertThat(e.code()).isEqualTo("TEAM-MEMBER-OUTSIDE-UNIT"));
    }

    @Test
    void refusingAVolunteerOfAnotherBranchDoesNotSayWhereTheyBelong() {
        Actor countyAdmin = Actor.of("county-admin", new RoleGrant(Role.ADMINISTRATOR, tree.center));
        Team team = service.form(countyAdmin, new FormTeam(tree.station, TeamKind.VOLUNTEER, "红马甲"));
        Volunteer elsewhere = volunteers.store(aVolunteer().at(tree.otherStation).build());

        assertThatThrownBy(() -> service.addMember(countyAdmin, AddTeamMember.of(team.id(), elsewhere.id())))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEAM-MEMBER-OUTSIDE-UNIT");
                    assertThat(e.args()).doesNotContainValue(tree.otherStation);
                    assertThat(e.detail(Locale.ENGLISH)).doesNotContain(tree.otherStation.toString());
                });
    }

    @Test
    @DisplayName("R-TEAM-1 the service rejects a five-elders member without a category")
    void serviceRejectsFiveEldersMemberWithoutCategory() {
        Team team = service.form(head, new FormTeam(tree.station, TeamKind.FIVE_ELDERS, "五老宣讲团"));
        Volunteer elder = volunteers.store(aVolunteer().at(tree.station).aged(70).build());

        assertThatThrownBy(() -> service.addMember(head, AddTeamMember.of(team.id(), elder.id())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-TEAM-1"));
        assertThat(service.addMember(head, new AddTeamMember(team.id(), elder.id(),
                Optional.of(FiveEldersCategory.RETIRED_TEACHER), Optional.empty())).members()).hasSize(1);
    }

    @Test
    void deniesManagingMembersToAnActorOfAnotherBranch() {
        Team team = service.form(head, new FormTeam(tree.station, TeamKind.VOLUNTEER, "红马甲"));
        Volunteer volunteer = volunteers.store(aVolunteer().at(tree.station).build());
        Actor elsewhere = Actor.of("other", new RoleGrant(Role.HEAD, tree.otherStation));

        assertThatThrownBy(() -> service.addMember(elsewhere, AddTeamMember.of(team.id(), volunteer.id())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.get(elsewhere, team.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void removesAMemberAndAnnouncesIt() {
        // given
        Team team = service.form(head, new FormTeam(tree.station, TeamKind.VOLUNTEER, "红马甲"));
        Volunteer volunteer = volunteers.store(aVolunteer().at(tree.station).build());
        service.addMember(head, AddTeamMember.of(team.id(), volunteer.id()));

        // when
        Team updated = service.removeMember(head, new RemoveTeamMember(team.id(), volunteer.id()));

        // then
        assertThat(updated.members()).isEmpty();
        assertThat(events).endsWith(new TeamMemberLeft(team.id(), volunteer.id(), NOW));
    }

    @Test
    void reportsMissingTeamsAndVolunteersAsNotFound() {
        Team team = service.form(head, new FormTeam(tree.station, TeamKind.VOLUNTEER, "红马甲"));

        assertThatThrownBy(() -> service.get(head, new TeamId(UUID.randomUUID())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
        assertThatThrownBy(() -> service.addMember(head, AddTeamMember.of(team.id(), new VolunteerId(UUID.randomUUID()))))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void listsTheTeamsOfAUnitByName() {
        service.form(head, new FormTeam(tree.station, TeamKind.VOLUNTEER, "B队"));
        service.form(head, new FormTeam(tree.station, TeamKind.EXPERT, "A队"));
        service.form(head, new FormTeam(tree.institute, TeamKind.EXPERT, "C队"));
        Actor resident = Actor.of("resident", new RoleGrant(Role.RESIDENT, tree.station));

        assertThat(service.list(resident, tree.station, PageRequest.firstPage()).items())
                .extracting(Team::name).containsExactly("A队", "B队");
        assertThatThrownBy(() -> service.list(resident, tree.institute, PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }
}
