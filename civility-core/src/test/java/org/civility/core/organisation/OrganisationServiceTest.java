package org.civility.core.organisation;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.OrganisationFixtures.Tree;
import org.civility.core.memory.InMemoryUnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrganisationFixtures.aTree;
import static org.civility.core.fixtures.OrganisationFixtures.aUnitId;

class OrganisationServiceTest {

    private static final Instant NOW = Instant.parse("2026-03-05T02:00:00Z");

    private final Tree tree = aTree();
    private final List<DomainEvent> events = new ArrayList<>();
    private final OrganisationService service = serviceOver(tree.units());

    private OrganisationService serviceOver(UnitRepository units) {
        return new OrganisationService(units, new AccessControl(
                new RepositoryUnitHierarchy(units)), Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), events::add);
    }

    @Test
    void foundsAStationBelowAnInstituteAndPublishesIt() {
        Unit station = service.found(tree.adminOfInstituteA(),
                new FoundUnit(Tier.STATION, "春风社区实践站", tree.instituteA().id(), "330102", "春风路 8 号"));

        assertThat(station.version()).isEqualTo(1);
        assertThat(station.parent()).contains(tree.instituteA().id());
        assertThat(tree.units().find(station.id())).isPresent();
        assertThat(events).containsExactly(new UnitFounded(station.id(), Tier.STATION, "春风社区实践站",
                station.parent(), "institute-a-admin", NOW));
    }

    @Test
    @DisplayName("R-ORG-1 the service checks the parent's actual tier")
    void rejectsAStationDirectlyBelowTheCenter() {
        assertThatThrownBy(() -> service.found(tree.headOfCenter(),
                FoundUnit.below(tree.center().id(), Tier.STATION, "越级站")))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-ORG-1");
                    assertThat(e.args()).containsEntry("expected", "INSTITUTE").containsEntry("actual", "CENTER");
                });
        assertThat(events).isEmpty();
    }

    @Test
    @DisplayName("R-ORG-1 a point hangs below a station")
    void foundsAPointBelowAStation() {
        Unit point = service.found(tree.headOfStationA(), FoundUnit.below(tree.stationA().id(), Tier.POINT, "书屋实践点"));

        assertThat(point.tier()).isEqualTo(Tier.POINT);
    }

    @Test
    void rejectsAnUnknownParent() {
        UnitId unknown = aUnitId();
        Actor admin = Actor.of("x", new RoleGrant(Role.ADMINISTRATOR, unknown));

        assertThatThrownBy(() -> service.found(admin, FoundUnit.below(unknown, Tier.STATION, "站")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void deniesFoundingBelowAnotherBranch() {
        assertThatThrownBy(() -> service.found(tree.adminOfInstituteA(),
                FoundUnit.below(tree.instituteB().id(), Tier.STATION, "站")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    @DisplayName("R-ACC-3 the installation's administrator founds the first center")
    void letsTheInstallationsAdministratorFoundTheFirstCenter() {
        OrganisationService empty = serviceOver(new InMemoryUnitRepository());
        Actor installer = Actor.of("installer", RoleGrant.installation(Role.ADMINISTRATOR));

        Unit center = empty.found(installer, FoundUnit.center("新区新时代文明实践中心"));

        assertThat(center.tier()).isEqualTo(Tier.CENTER);
        assertThat(center.parent()).isEmpty();
    }

    @Test
    @DisplayName("R-ACC-3 nobody else claims an empty installation")
    void deniesTheFirstCenterToAnyoneButTheInstallationsAdministrator() {
        OrganisationService empty = serviceOver(new InMemoryUnitRepository());

        assertThatThrownBy(() -> empty.found(Actor.of("stranger"), FoundUnit.center("自封中心")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> empty.found(Actor.of("resident", RoleGrant.installation(Role.RESIDENT)),
                FoundUnit.center("自封中心")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    @DisplayName("R-ACC-3 the installation's administrator reaches every unit")
    void letsTheInstallationsAdministratorManageEveryUnit() {
        Actor installer = Actor.of("installer", RoleGrant.installation(Role.ADMINISTRATOR));

        Unit station = service.found(installer, FoundUnit.below(tree.instituteB().id(), Tier.STATION, "新站"));

        assertThat(station.parent()).contains(tree.instituteB().id());
    }

    @Test
    void letsAManagerOfACenterFoundAnotherCenter() {
        Unit second = service.found(tree.headOfCenter(), FoundUnit.center("邻区新时代文明实践中心"));

        assertThat(tree.units().roots(PageRequest.firstPage()).items()).extracting(Unit::id).contains(second.id());
    }

    @Test
    void deniesAnotherCenterToSomeoneManagingOnlyAnInstitute() {
        assertThatThrownBy(() -> service.found(tree.adminOfInstituteA(), FoundUnit.center("自封中心")))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void renamesAStationInTheActorsBranch() {
        Unit renamed = service.rename(tree.adminOfInstituteA(), tree.stationA().id(), new RenameUnit("幸福里实践站", 1L));

        assertThat(renamed.name()).isEqualTo("幸福里实践站");
        assertThat(renamed.version()).isEqualTo(2);
        assertThat(events).containsExactly(new UnitRenamed(tree.stationA().id(), tree.stationA().name(),
                "幸福里实践站", "institute-a-admin", NOW));
    }

    @Test
    void dissolvesAStationAsAManagerOfItsParentAndPublishesIt() {
        Unit dissolved = service.dissolve(tree.adminOfInstituteA(), tree.stationA().id(), 1L);

        assertThat(dissolved.dissolved()).isTrue();
        assertThat(dissolved.version()).isEqualTo(2);
        assertThat(tree.units().find(tree.stationA().id()).orElseThrow().dissolved()).isTrue();
        assertThat(events).containsExactly(new UnitDissolved(tree.stationA().id(), "institute-a-admin", NOW));
    }

    @Test
    void deniesAStationDissolvingItself() {
        assertThatThrownBy(() -> service.dissolve(tree.headOfStationA(), tree.stationA().id(), null))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThat(tree.units().find(tree.stationA().id()).orElseThrow().dissolved()).isFalse();
    }

    @Test
    void deniesRenamingAStationUnderAnotherInstitute() {
        assertThatThrownBy(() -> service.rename(tree.adminOfInstituteA(), tree.stationB().id(),
                new RenameUnit("改名", null)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("ACCESS-DENIED");
                    assertThat(e.args()).containsEntry("permission", "MANAGE_UNITS");
                });
        assertThat(tree.units().find(tree.stationB().id()).orElseThrow().name()).isEqualTo(tree.stationB().name());
    }

    @Test
    void deniesChangesToAResident() {
        assertThatThrownBy(() -> service.addGrid(tree.residentOfStationA(), tree.stationA().id(),
                new AddGrid("一网格", 3, null)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void rejectsAChangeBasedOnAStaleVersion() {
        service.rename(tree.headOfStationA(), tree.stationA().id(), new RenameUnit("一改", 1L));

        assertThatThrownBy(() -> service.rename(tree.headOfStationA(), tree.stationA().id(), new RenameUnit("二改", 1L)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("STALE-VERSION");
                    assertThat(e.args()).containsEntry("expected", 1L).containsEntry("actual", 2L);
                });
    }

    @Test
    @DisplayName("R-ORG-2 the service seats the party secretary as head and refuses a mismatch")
    void appointsLeadersByTheirPosts() {
        UnitId station = tree.stationA().id();

        service.appointLeader(tree.headOfStationA(), station,
                new AppointLeader("王书记", CommitteePost.PARTY_SECRETARY, LeadershipRole.HEAD, null));

        assertThatThrownBy(() -> service.appointLeader(tree.headOfStationA(), station,
                new AppointLeader("张委员", CommitteePost.COMMITTEE_MEMBER, LeadershipRole.DEPUTY_HEAD, null)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-ORG-2"));
        assertThat(tree.units().find(station).orElseThrow().leadership()).extracting(LeadershipSeat::personName)
                .containsExactly("王书记");
        assertThat(events).containsExactly(new LeaderAppointed(station,
                new LeadershipSeat("王书记", CommitteePost.PARTY_SECRETARY, LeadershipRole.HEAD), "station-a-head", NOW));
    }

    @Test
    void removesALeader() {
        UnitId station = tree.stationA().id();
        service.appointLeader(tree.headOfStationA(), station,
                new AppointLeader("王书记", CommitteePost.PARTY_SECRETARY, LeadershipRole.HEAD, null));

        Unit after = service.removeLeader(tree.headOfStationA(), station, new RemoveLeader("王书记", null));

        assertThat(after.leadership()).isEmpty();
        assertThat(events).last().isEqualTo(new LeaderRemoved(station, "王书记", "station-a-head", NOW));
    }

    @Test
    void assignsAndUnassignsStaff() {
        UUID volunteer = UUID.randomUUID();
        UnitId institute = tree.instituteA().id();

        Unit assigned = service.assignStaff(tree.adminOfInstituteA(), institute,
                new AssignStaff("刘老师", StaffRole.LECTURER, volunteer, null));
        Unit unassigned = service.unassignStaff(tree.adminOfInstituteA(), institute,
                new UnassignStaff("刘老师", StaffRole.LECTURER, null));

        assertThat(assigned.staff()).extracting(StaffAssignment::volunteerId).containsExactly(Optional.of(volunteer));
        assertThat(unassigned.staff()).isEmpty();
        assertThat(events).hasSize(2).first().isInstanceOf(StaffAssigned.class);
    }

    @Test
    void addsGridsAndPartnersToAStation() {
        UnitId station = tree.stationA().id();

        service.addGrid(tree.headOfStationA(), station, new AddGrid("第一网格", 3, null));
        service.addPartner(tree.headOfStationA(), station, new AddPartner("阳光幼儿园", PartnerKind.KINDERGARTEN, null));

        Unit stored = service.get(tree.headOfStationA(), station);
        assertThat(stored.grids()).containsExactly(new Grid("第一网格", 3));
        assertThat(stored.partners()).containsExactly(new Partner("阳光幼儿园", PartnerKind.KINDERGARTEN));
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("GridAdded", "PartnerAdded");
    }

    @Test
    void removesGridsAndPartners() {
        UnitId station = tree.stationA().id();
        service.addGrid(tree.headOfStationA(), station, new AddGrid("第一网格", 3, null));
        service.addPartner(tree.headOfStationA(), station, new AddPartner("实验小学", PartnerKind.SCHOOL, null));

        service.removeGrid(tree.headOfStationA(), station, new RemoveGrid("第一网格", null));
        Unit after = service.removePartner(tree.headOfStationA(), station, new RemovePartner("实验小学", null));

        assertThat(after.grids()).isEmpty();
        assertThat(after.partners()).isEmpty();
    }

    @Test
    void letsAResidentViewTheirStationButNotAnother() {
        assertThat(service.get(tree.residentOfStationA(), tree.stationA().id()).name()).isEqualTo(tree.stationA().name());

        assertThatThrownBy(() -> service.get(tree.residentOfStationA(), tree.stationB().id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void reportsAnUnknownUnitToSomeoneWhoCouldSeeIt() {
        UnitId unknown = aUnitId();

        assertThatThrownBy(() -> service.get(Actor.of("x", new RoleGrant(Role.HEAD, unknown)), unknown))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void listsChildrenByName() {
        Page<Unit> children = service.children(tree.headOfCenter(), tree.center().id(), PageRequest.first(1));

        assertThat(children.items()).extracting(Unit::id).containsExactly(tree.instituteA().id());
        assertThat(children.hasMore()).isTrue();
    }

    @Test
    void deniesListingChildrenOfAnotherBranch() {
        assertThatThrownBy(() -> service.children(tree.adminOfInstituteA(), tree.instituteB().id(), PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void listsOnlyTheRootsTheActorMayViewAndPagesOverThem() {
        Unit otherCenter = tree.units().store(Unit.foundCenter(aUnitId(), "另一县新时代文明实践中心"));
        Actor headOfBoth = new Actor("two-counties", java.util.Set.of(
                new RoleGrant(Role.HEAD, tree.center().id()), new RoleGrant(Role.HEAD, otherCenter.id())),
                Optional.empty());

        Page<Unit> forCenterHead = service.roots(tree.headOfCenter(), PageRequest.first(10));
        Page<Unit> forStationHead = service.roots(tree.headOfStationA(), PageRequest.first(10));
        Page<Unit> firstOfTwo = service.roots(headOfBoth, PageRequest.first(1));

        assertThat(forCenterHead.items()).extracting(Unit::id).containsExactly(tree.center().id());
        assertThat(forStationHead.items()).isEmpty();
        assertThat(firstOfTwo.items()).hasSize(1);
        assertThat(firstOfTwo.hasMore()).isTrue();
    }
}
