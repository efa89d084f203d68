package org.civility.core.organisation;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrganisationFixtures.*;

class UnitTest {

    @Test
    void foundsAStationBelowAnInstituteWithTrimmedNameAndNoVersion() {
        UnitId institute = aUnitId();

        Unit station = Unit.found(aUnitId(), Tier.STATION, "  幸福社区实践站 ", Optional.of(institute),
                Optional.of("330102001"), Optional.of("幸福路 1 号"));

        assertThat(station.name()).isEqualTo("幸福社区实践站");
        assertThat(station.parent()).contains(institute);
        assertThat(station.regionCode()).contains("330102001");
        assertThat(station.address()).contains("幸福路 1 号");
        assertThat(station.version()).isZero();
        assertThat(station.leadership()).isEmpty();
    }

    @Test
    @DisplayName("R-ORG-1 a center has no parent")
    void rejectsACenterWithAParent() {
        assertThatThrownBy(() -> Unit.found(aUnitId(), Tier.CENTER, "中心", Optional.of(aUnitId()),
                Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ORG-1"));
    }

    @Test
    @DisplayName("R-ORG-1 every tier below the center needs a parent")
    void rejectsAStationWithoutParent() {
        assertThatThrownBy(() -> Unit.found(aUnitId(), Tier.STATION, "站", Optional.empty(),
                Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-ORG-1");
                    assertThat(e.args()).containsEntry("expected", "INSTITUTE").containsEntry("actual", "-");
                });
    }

    @Test
    @DisplayName("谁记录谁证明: a dissolved unit stays in the tree, marked dissolved")
    void dissolvesAUnitAndKeepsItsPlace() {
        UnitId institute = aUnitId();
        Unit station = Unit.foundStation(aUnitId(), "旧村实践站", institute);
        assertThat(station.dissolved()).isFalse();

        station.dissolve();
        station.dissolve();

        assertThat(station.dissolved()).isTrue();
        assertThat(station.parent()).contains(institute);
        assertThat(station.name()).isEqualTo("旧村实践站");
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Unit.foundCenter(aUnitId(), "  "))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("REQUIRED"));
    }

    @Test
    void rejectsANameOverTheLimit() {
        assertThatThrownBy(() -> Unit.foundCenter(aUnitId(), "中".repeat(Unit.MAX_NAME_LENGTH + 1)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ORG-NAME-TOO-LONG"));
    }

    @Test
    void renamesTheUnit() {
        Unit station = aStation();

        station.rename("新名称");

        assertThat(station.name()).isEqualTo("新名称");
    }

    @Test
    @DisplayName("R-ORG-2 the party secretary heads, the committee director deputises, committee members sit as members")
    void seatsTheTwoCommitteesInTheirRoles() {
        Unit station = aStation();

        station.appoint(aHead("王书记"));
        station.appoint(aDeputyHead("李主任"));
        station.appoint(aMember("张委员"));
        station.appoint(aMember("赵委员"));

        assertThat(station.leadership()).extracting(LeadershipSeat::role).containsExactly(
                LeadershipRole.HEAD, LeadershipRole.DEPUTY_HEAD, LeadershipRole.MEMBER, LeadershipRole.MEMBER);
        assertThat(station.head()).contains(aHead("王书记"));
    }

    @Test
    @DisplayName("R-ORG-2 the head must be the party secretary")
    void rejectsAHeadWhoIsNotThePartySecretary() {
        Unit station = aStation();

        assertThatThrownBy(() -> station.appoint(
                new LeadershipSeat("李主任", CommitteePost.COMMITTEE_DIRECTOR, LeadershipRole.HEAD)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-ORG-2");
                    assertThat(e.args()).containsEntry("person", "李主任").containsEntry("role", "HEAD")
                            .containsEntry("post", "COMMITTEE_DIRECTOR");
                });
        assertThat(station.leadership()).isEmpty();
    }

    @Test
    @DisplayName("R-ORG-2 the deputy head must be the committee director")
    void rejectsADeputyWhoIsNotTheDirector() {
        Unit station = aStation();

        assertThatThrownBy(() -> station.appoint(
                new LeadershipSeat("张委员", CommitteePost.COMMITTEE_MEMBER, LeadershipRole.DEPUTY_HEAD)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ORG-2"));
    }

    @Test
    @DisplayName("R-ORG-2 members are the other two-committee members")
    void rejectsThePartySecretaryAsAPlainMember() {
        Unit station = aStation();

        assertThatThrownBy(() -> station.appoint(
                new LeadershipSeat("王书记", CommitteePost.PARTY_SECRETARY, LeadershipRole.MEMBER)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ORG-2"));
    }

    @Test
    @DisplayName("R-ORG-2 at most one head")
    void rejectsASecondHead() {
        Unit station = aStation();
        station.appoint(aHead("王书记"));

        assertThatThrownBy(() -> station.appoint(aHead("陈书记")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ORG-2"));
    }

    @Test
    @DisplayName("R-ORG-2 at most one deputy head")
    void rejectsASecondDeputy() {
        Unit station = aStation();
        station.appoint(aDeputyHead("李主任"));

        assertThatThrownBy(() -> station.appoint(aDeputyHead("周主任")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ORG-2"));
    }

    @Test
    void rejectsTheSamePersonInTwoSeats() {
        Unit station = aStation();
        station.appoint(aMember("张委员"));

        assertThatThrownBy(() -> station.appoint(aMember("张委员")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ORG-DUPLICATE"));
    }

    @Test
    void freesASeatForTheNextHead() {
        Unit station = aStation();
        station.appoint(aHead("王书记"));

        station.removeLeader("王书记");
        station.appoint(aHead("陈书记"));

        assertThat(station.head()).contains(aHead("陈书记"));
    }

    @Test
    void rejectsRemovingSomeoneWithoutASeat() {
        assertThatThrownBy(() -> aStation().removeLeader("无名"))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void keepsLeadershipAndGridsToStations() {
        Unit institute = anInstituteUnder(aUnitId());

        assertThatThrownBy(() -> institute.appoint(aHead("王书记")))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ORG-STATION-ONLY"));
        assertThatThrownBy(() -> institute.addGrid(new Grid("一网格", 3)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ORG-STATION-ONLY"));
    }

    @Test
    void assignsStaffAtAnyUnitOncePerRole() {
        Unit institute = anInstituteUnder(aUnitId());
        UUID volunteer = UUID.randomUUID();

        institute.assignStaff(new StaffAssignment("刘老师", StaffRole.LECTURER, Optional.of(volunteer)));
        institute.assignStaff(StaffAssignment.of("刘老师", StaffRole.LEADERSHIP_GROUP));

        assertThat(institute.staff()).hasSize(2);
        assertThatThrownBy(() -> institute.assignStaff(StaffAssignment.of("刘老师", StaffRole.LECTURER)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ORG-DUPLICATE"));
    }

    @Test
    void unassignsOneRoleOfAPerson() {
        Unit station = aStation();
        station.assignStaff(StaffAssignment.of("刘老师", StaffRole.LECTURER));
        station.assignStaff(StaffAssignment.of("刘老师", StaffRole.ADMINISTRATOR));

        station.unassignStaff("刘老师", StaffRole.LECTURER);

        assertThat(station.staff()).containsExactly(StaffAssignment.of("刘老师", StaffRole.ADMINISTRATOR));
    }

    @Test
    void addsAndRemovesGridsWithUniqueNames() {
        Unit station = aStation();
        station.addGrid(new Grid("第一网格", 3));
        station.addGrid(new Grid("第二网格", 2));

        assertThatThrownBy(() -> station.addGrid(new Grid("第一网格", 5)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ORG-DUPLICATE"));
        station.removeGrid("第一网格");

        assertThat(station.grids()).containsExactly(new Grid("第二网格", 2));
    }

    @Test
    void rejectsAGridWithNegativeBuildings() {
        assertThatThrownBy(() -> new Grid("第一网格", -1))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("ORG-GRID-BUILDINGS"));
    }

    @Test
    void addsPartnersWithUniqueNames() {
        Unit station = aStation();
        station.addPartner(new Partner("阳光幼儿园", PartnerKind.KINDERGARTEN));

        assertThatThrownBy(() -> station.addPartner(new Partner("阳光幼儿园", PartnerKind.SCHOOL)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ORG-DUPLICATE"));
        station.removePartner("阳光幼儿园");

        assertThat(station.partners()).isEmpty();
    }

    @Test
    void exposesUnmodifiableCopies() {
        Unit station = aStation();
        station.addGrid(new Grid("第一网格", 3));

        List<Grid> grids = station.grids();

        assertThatThrownBy(() -> grids.add(new Grid("偷加", 1))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("R-ORG-2 restore checks the leadership again")
    void restoreRejectsTwoHeads() {
        UnitId id = aUnitId();

        assertThatThrownBy(() -> Unit.restore(id, Tier.STATION, "站", Optional.of(aUnitId()), Optional.empty(),
                Optional.empty(), List.of(aHead("王书记"), aHead("陈书记")), List.of(), List.of(), List.of(), false, 3))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ORG-2"));
    }

    @Test
    void restoreKeepsEveryFieldAndTheVersion() {
        UnitId id = aUnitId();
        UnitId parent = aUnitId();

        Unit unit = Unit.restore(id, Tier.STATION, "站", Optional.of(parent), Optional.of("330102"),
                Optional.of("地址"), List.of(aHead("王书记")), List.of(StaffAssignment.of("刘", StaffRole.LECTURER)),
                List.of(new Grid("一", 1)), List.of(new Partner("厂", PartnerKind.ENTERPRISE)), true, 7);

        assertThat(unit.version()).isEqualTo(7);
        assertThat(unit.dissolved()).isTrue();
        assertThat(unit.leadership()).containsExactly(aHead("王书记"));
        assertThat(unit.staff()).containsExactly(StaffAssignment.of("刘", StaffRole.LECTURER));
        assertThat(unit.grids()).containsExactly(new Grid("一", 1));
        assertThat(unit.partners()).containsExactly(new Partner("厂", PartnerKind.ENTERPRISE));
    }
}
