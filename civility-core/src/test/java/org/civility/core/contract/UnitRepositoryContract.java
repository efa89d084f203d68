package org.civility.core.contract;

import org.civility.core.organisation.CommitteePost;
import org.civility.core.organisation.Grid;
import org.civility.core.organisation.LeadershipRole;
import org.civility.core.organisation.LeadershipSeat;
import org.civility.core.organisation.Partner;
import org.civility.core.organisation.PartnerKind;
import org.civility.core.organisation.StaffAssignment;
import org.civility.core.organisation.StaffRole;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrganisationFixtures.*;

/**
 * What every {@link UnitRepository} must do. Runs against the in-memory adapter and, through JPA,
 * against H2, PostgreSQL and MariaDB: fresh ids per test, never assumes an empty store.
 */
public abstract class UnitRepositoryContract {

    protected abstract UnitRepository repository();

    private Unit storedCenter() {
        return repository().store(aCenter());
    }

    private Unit storedInstitute() {
        return repository().store(anInstituteUnder(storedCenter().id()));
    }

    @Test
    void roundTripsEveryField() {
        UnitId institute = storedInstitute().id();
        UUID volunteer = UUID.randomUUID();
        Unit station = Unit.found(aUnitId(), Tier.STATION, "幸福社区新时代文明实践站", Optional.of(institute),
                Optional.of("330102001001"), Optional.of("杭州市上城区幸福路 1 号"));
        station.appoint(aHead("王建国"));
        station.appoint(aDeputyHead("李梅"));
        station.appoint(aMember("张强"));
        station.assignStaff(new StaffAssignment("刘老师", StaffRole.LECTURER, Optional.of(volunteer)));
        station.assignStaff(StaffAssignment.of("陈阿姨", StaffRole.ADMINISTRATOR));
        station.assignStaff(StaffAssignment.of("王建国", StaffRole.LEADERSHIP_GROUP));
        station.addGrid(new Grid("第一网格", 3));
        station.addGrid(new Grid("第二网格", 0));
        station.addPartner(new Partner("阳光幼儿园", PartnerKind.KINDERGARTEN));
        station.addPartner(new Partner("邻里中心", PartnerKind.NEIGHBOURHOOD_CENTRE));
        station.addPartner(new Partner("红星机械厂", PartnerKind.ENTERPRISE));

        repository().store(station);
        Unit found = repository().find(station.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(station.id());
        assertThat(found.tier()).isEqualTo(Tier.STATION);
        assertThat(found.name()).isEqualTo("幸福社区新时代文明实践站");
        assertThat(found.parent()).contains(institute);
        assertThat(found.regionCode()).contains("330102001001");
        assertThat(found.address()).contains("杭州市上城区幸福路 1 号");
        assertThat(found.leadership()).containsExactly(aHead("王建国"), aDeputyHead("李梅"), aMember("张强"));
        assertThat(found.staff()).containsExactly(
                new StaffAssignment("刘老师", StaffRole.LECTURER, Optional.of(volunteer)),
                StaffAssignment.of("陈阿姨", StaffRole.ADMINISTRATOR),
                StaffAssignment.of("王建国", StaffRole.LEADERSHIP_GROUP));
        assertThat(found.grids()).containsExactly(new Grid("第一网格", 3), new Grid("第二网格", 0));
        assertThat(found.partners()).containsExactly(new Partner("阳光幼儿园", PartnerKind.KINDERGARTEN),
                new Partner("邻里中心", PartnerKind.NEIGHBOURHOOD_CENTRE), new Partner("红星机械厂", PartnerKind.ENTERPRISE));
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void roundTripsAUnitWithoutOptionalFields() {
        Unit center = storedCenter();

        Unit found = repository().find(center.id()).orElseThrow();

        assertThat(found.parent()).isEmpty();
        assertThat(found.regionCode()).isEmpty();
        assertThat(found.address()).isEmpty();
        assertThat(found.leadership()).isEmpty();
        assertThat(found.staff()).isEmpty();
        assertThat(found.grids()).isEmpty();
        assertThat(found.partners()).isEmpty();
        assertThat(found.tier()).isEqualTo(Tier.CENTER);
    }

    @Test
    void roundTripsEveryTierAndKind() {
        UnitId station = repository().store(aStationUnder(storedInstitute().id())).id();
        Unit point = repository().store(Unit.foundPoint(aUnitId(), "农家书屋实践点", station));
        Unit base = repository().store(Unit.foundBase(aUnitId(), "红色教育基地", station));
        Unit withPartners = repository().find(station).orElseThrow();
        for (PartnerKind kind : PartnerKind.values()) {
            withPartners.addPartner(new Partner("partner " + kind, kind));
        }
        repository().store(withPartners);

        assertThat(repository().find(point.id()).orElseThrow().tier()).isEqualTo(Tier.POINT);
        assertThat(repository().find(base.id()).orElseThrow().tier()).isEqualTo(Tier.BASE);
        assertThat(repository().find(station).orElseThrow().partners()).extracting(Partner::kind)
                .containsExactly(PartnerKind.values());
    }

    @Test
    void keepsADissolution() {
        Unit institute = storedInstitute();
        assertThat(institute.dissolved()).isFalse();

        Unit loaded = repository().find(institute.id()).orElseThrow();
        loaded.dissolve();
        repository().store(loaded);

        assertThat(repository().find(institute.id()).orElseThrow())
                .satisfies(u -> assertThat(u.dissolved()).isTrue())
                .satisfies(u -> assertThat(u.version()).isEqualTo(2));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(aUnitId())).isEmpty();
    }

    @Test
    void bumpsTheVersionOnEveryStore() {
        Unit center = aCenter();
        assertThat(center.version()).isZero();

        Unit first = repository().store(center);
        Unit loaded = repository().find(center.id()).orElseThrow();
        loaded.rename("改名后的中心");
        Unit second = repository().store(loaded);

        assertThat(first.version()).isEqualTo(1);
        assertThat(second.version()).isEqualTo(2);
        assertThat(repository().find(center.id()).orElseThrow())
                .satisfies(u -> assertThat(u.version()).isEqualTo(2))
                .satisfies(u -> assertThat(u.name()).isEqualTo("改名后的中心"));
    }

    @Test
    void rejectsAStaleVersion() {
        Unit center = storedCenter();
        Unit mine = repository().find(center.id()).orElseThrow();
        Unit theirs = repository().find(center.id()).orElseThrow();
        theirs.rename("他们的名字");
        repository().store(theirs);

        mine.rename("我的名字");

        assertThatThrownBy(() -> repository().store(mine))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("STALE-VERSION");
                    assertThat(e.args()).containsEntry("expected", 1L).containsEntry("actual", 2L);
                });
        assertThat(repository().find(center.id()).orElseThrow().name()).isEqualTo("他们的名字");
    }

    @Test
    void rejectsAVersionForAUnitNeverStored() {
        Unit ghost = Unit.restore(aUnitId(), Tier.CENTER, "幽灵中心", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), false, 5);

        assertThatThrownBy(() -> repository().store(ghost))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        assertThat(repository().find(ghost.id())).isEmpty();
    }

    @Test
    void storesRemovalsFromEveryList() {
        Unit station = aStationUnder(storedInstitute().id());
        station.appoint(aHead("王建国"));
        station.appoint(aMember("张强"));
        station.assignStaff(StaffAssignment.of("刘老师", StaffRole.LECTURER));
        station.addGrid(new Grid("第一网格", 3));
        station.addPartner(new Partner("实验小学", PartnerKind.SCHOOL));
        repository().store(station);
        Unit loaded = repository().find(station.id()).orElseThrow();

        loaded.removeLeader("王建国");
        loaded.unassignStaff("刘老师", StaffRole.LECTURER);
        loaded.removeGrid("第一网格");
        loaded.removePartner("实验小学");
        loaded.appoint(new LeadershipSeat("陈书记", CommitteePost.PARTY_SECRETARY, LeadershipRole.HEAD));
        repository().store(loaded);
        Unit found = repository().find(station.id()).orElseThrow();

        assertThat(found.leadership()).containsExactly(aMember("张强"), aHead("陈书记"));
        assertThat(found.staff()).isEmpty();
        assertThat(found.grids()).isEmpty();
        assertThat(found.partners()).isEmpty();
    }

    @Test
    void keepsChangesMadeAfterFindingOutOfTheStoreUntilStored() {
        Unit center = storedCenter();
        Unit loaded = repository().find(center.id()).orElseThrow();

        loaded.rename("未保存的名字");

        assertThat(repository().find(center.id()).orElseThrow().name()).isEqualTo(center.name());
    }

    @Test
    void listsChildrenByNameThenIdInPages() {
        UnitId institute = storedInstitute().id();
        Unit c = repository().store(Unit.foundStation(aUnitId(), "Station C", institute));
        Unit a = repository().store(Unit.foundStation(aUnitId(), "Station A", institute));
        Unit b1 = repository().store(Unit.foundStation(aUnitId(), "Station B", institute));
        Unit b2 = repository().store(Unit.foundStation(aUnitId(), "Station B", institute));
        List<Unit> bs = new ArrayList<>(List.of(b1, b2));
        bs.sort(Comparator.comparing(u -> u.id().toString()));
        repository().store(aStationUnder(storedInstitute().id())); // a child of another institute

        Page<Unit> first = repository().children(institute, new PageRequest(0, 2));
        Page<Unit> second = repository().children(institute, new PageRequest(2, 2));

        assertThat(first.items()).extracting(Unit::id).containsExactly(a.id(), bs.get(0).id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Unit::id).containsExactly(bs.get(1).id(), c.id());
        assertThat(second.hasMore()).isFalse();
        assertThat(second.offset()).isEqualTo(2);
    }

    @Test
    void walksASubtreeParentsBeforeChildrenChildrenByName() {
        // given
        Unit institute = storedInstitute();
        Unit b = repository().store(Unit.foundStation(aUnitId(), "Station B", institute.id()));
        Unit a = repository().store(Unit.foundStation(aUnitId(), "Station A", institute.id()));
        Unit point = repository().store(Unit.foundPoint(aUnitId(), "农家书屋实践点", b.id()));
        Unit base = repository().store(Unit.foundBase(aUnitId(), "Base", b.id()));
        Unit pointOfA = repository().store(Unit.foundPoint(aUnitId(), "Point", a.id()));
        repository().store(aStationUnder(storedInstitute().id())); // under another institute

        // when
        List<Unit> subtree = repository().subtree(repository().find(institute.id()).orElseThrow());
        List<Unit> ofB = repository().subtree(repository().find(b.id()).orElseThrow());

        // then
        assertThat(subtree).extracting(Unit::id).containsExactly(institute.id(), a.id(), pointOfA.id(), b.id(),
                base.id(), point.id());
        assertThat(subtree.get(3).name()).isEqualTo("Station B");
        assertThat(ofB).extracting(Unit::id).containsExactly(b.id(), base.id(), point.id());
    }

    @Test
    void listsNoChildrenOfALeaf() {
        Unit station = repository().store(aStationUnder(storedInstitute().id()));

        Page<Unit> children = repository().children(station.id(), PageRequest.firstPage());

        assertThat(children.items()).isEmpty();
        assertThat(children.hasMore()).isFalse();
    }

    @Test
    void listsRootsByNameThenId() {
        String prefix = "Root " + UUID.randomUUID() + " ";
        Unit second = repository().store(Unit.foundCenter(aUnitId(), prefix + "B"));
        Unit first = repository().store(Unit.foundCenter(aUnitId(), prefix + "A"));
        Unit third = repository().store(Unit.foundCenter(aUnitId(), prefix + "C"));
        repository().store(anInstituteUnder(first.id()));

        List<Unit> all = new ArrayList<>();
        Page<Unit> page = repository().roots(new PageRequest(0, 2));
        all.addAll(page.items());
        while (page.hasMore()) {
            page = repository().roots(new PageRequest(all.size(), 2));
            all.addAll(page.items());
        }

        assertThat(all).allSatisfy(u -> assertThat(u.parent()).isEmpty());
        assertThat(all).extracting(Unit::id).doesNotHaveDuplicates();
        assertThat(all).extracting(Unit::id).filteredOn(id -> List.of(first.id(), second.id(), third.id()).contains(id))
                .containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void answersTheParentOfAUnit() {
        Unit center = storedCenter();
        Unit institute = repository().store(anInstituteUnder(center.id()));

        assertThat(repository().parentOf(institute.id())).contains(center.id());
        assertThat(repository().parentOf(center.id())).isEmpty();
        assertThat(repository().parentOf(aUnitId())).isEmpty();
    }
}
