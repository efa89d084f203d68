package org.civility.core.celebration;

import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.organisation.UnitId;
import org.civility.core.memory.InMemoryFamilyCeremonyRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.CelebrationFixtures.aWedding;

class CelebrationServiceTest {

    private static final Instant NOW = Instant.parse("2026-09-01T02:00:00Z");

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryFamilyCeremonyRepository ceremonies = new InMemoryFamilyCeremonyRepository();
    private final CelebrationService service = new CelebrationService(ceremonies, new AccessControl(tree),
            PolicySettings.defaults(), Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), events::add);

    private final Actor admin = Actor.of("李站长", new RoleGrant(Role.ADMINISTRATOR, tree.station));
    private final Actor resident = Actor.of("王大妈", new RoleGrant(Role.RESIDENT, tree.station));
    private final Actor stranger = Actor.of("外站管理员", new RoleGrant(Role.ADMINISTRATOR, tree.otherStation));

    @Test
    @DisplayName("R-CELE-1 a modest wedding is registered with the limits it was checked against")
    void registersAModestWedding() {
        FamilyCeremony stored = service.register(admin, aWedding().at(tree.station).withTables(12).command());

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.status()).isEqualTo(CeremonyStatus.REGISTERED);
        assertThat(stored.limitsApplied()).isEqualTo(new CeremonyLimits(20, 20_000, 1));
        assertThat(stored.registeredAt()).isEqualTo(NOW);
        assertThat(stored.registeredBy()).isEqualTo("李站长");
        assertThat(events).singleElement().isInstanceOf(CeremonyRegistered.class);
        assertThat(service.get(resident, stored.id()).host()).isEqualTo("张建国家");
    }

    @Test
    @DisplayName("R-CELE-1 an extravagant wedding is recorded and flagged with every breach, not refused and lost")
    void flagsAnExtravagantWedding() {
        FamilyCeremony stored = service.register(admin, aWedding().at(tree.station).withTables(30).lasting(2).command());

        assertThat(stored.status()).isEqualTo(CeremonyStatus.FLAGGED);
        assertThat(stored.breaches()).containsExactly(
                new LimitBreach("celebration.wedding.max-tables", 20, 30),
                new LimitBreach("celebration.wedding.max-days", 1, 2));
        assertThat(stored.visit()).isEmpty();
        assertThat(service.list(admin, tree.station, new PageRequest(0, 10)).items())
                .extracting(FamilyCeremony::id).containsExactly(stored.id());
        assertThat(events).hasSize(2).last().isInstanceOfSatisfying(CeremonyFlagged.class, e -> {
            assertThat(e.ceremony()).isEqualTo(stored.id());
            assertThat(e.breaches()).hasSize(2);
        });
    }

    @Test
    @DisplayName("R-CELE-1 the village's own rules set the limits: a wedding within the county's is flagged where the village's are lower")
    void theVillagesRulesSetTheLimits() {
        PolicySettings village = new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.equals(CeremonyLimitsPolicy.WEDDING_MAX_TABLES) && unit.equals(tree.station)
                        ? (T) Integer.valueOf(10) : key.defaultValue();
            }
        };
        CelebrationService strict = new CelebrationService(ceremonies, new AccessControl(tree), village,
                Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), events::add);

        FamilyCeremony here = strict.register(admin, aWedding().at(tree.station).withTables(12).command());
        FamilyCeremony there = strict.register(Actor.of("外站", new RoleGrant(Role.ADMINISTRATOR, tree.otherStation)),
                aWedding().at(tree.otherStation).withTables(12).command());

        assertThat(here.status()).isEqualTo(CeremonyStatus.FLAGGED);
        assertThat(here.limitsApplied().maxTables()).isEqualTo(10);
        assertThat(there.status()).isEqualTo(CeremonyStatus.REGISTERED);
    }

    @Test
    @DisplayName("R-CELE-1 the council records its persuasion visit to a flagged ceremony, once")
    void recordsThePersuasionVisit() {
        FamilyCeremony flagged = service.register(admin, aWedding().at(tree.station).withTables(30).command());

        assertThatThrownBy(() -> service.recordVisit(resident, new RecordPersuasionVisit(flagged.id(), "已上门", null)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.recordVisit(admin, new RecordPersuasionVisit(flagged.id(), "已上门", 7L)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        FamilyCeremony visited = service.recordVisit(admin,
                new RecordPersuasionVisit(flagged.id(), " 上门劝导，户主同意减至18桌 ", flagged.version()));

        assertThat(visited.status()).isEqualTo(CeremonyStatus.VISITED);
        assertThat(visited.visit()).hasValueSatisfying(v -> {
            assertThat(v.note()).isEqualTo("上门劝导，户主同意减至18桌");
            assertThat(v.visitedAt()).isEqualTo(NOW);
            assertThat(v.visitedBy()).isEqualTo("李站长");
        });
        assertThat(visited.breaches()).hasSize(1);
        assertThatThrownBy(() -> service.recordVisit(admin, new RecordPersuasionVisit(flagged.id(), "再次", null)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("CELEBRATION-VISIT-NOT-PENDING"));
        FamilyCeremony modest = service.register(admin, aWedding().at(tree.station).withTables(8).command());
        assertThatThrownBy(() -> service.recordVisit(admin, new RecordPersuasionVisit(modest.id(), "无需", null)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("CELEBRATION-VISIT-NOT-PENDING"));
    }

    @Test
    void onlyTheCouncilRegistersCeremonies() {
        assertThatThrownBy(() -> service.register(resident, aWedding().at(tree.station).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.register(stranger, aWedding().at(tree.station).command()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void hidesCeremoniesAndPlansFromAnotherBranch() {
        FamilyCeremony stored = service.register(admin, aWedding().at(tree.station).command());

        assertThatThrownBy(() -> service.get(stranger, stored.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.list(stranger, tree.station, new PageRequest(0, 10)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.plan(stranger, tree.station, 2026))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void listsTheCeremoniesOfAStationByDate() {
        FamilyCeremony late = service.register(admin, aWedding().at(tree.station).on(LocalDate.of(2026, 12, 1)).command());
        FamilyCeremony early = service.register(admin, aWedding().at(tree.station).on(LocalDate.of(2026, 10, 1)).command());

        assertThat(service.list(resident, tree.station, new PageRequest(0, 10)).items())
                .extracting(FamilyCeremony::id).containsExactly(early.id(), late.id());
    }

    @Test
    void reportsAnUnknownCeremonyAsNotFound() {
        assertThatThrownBy(() -> service.get(admin, new CeremonyId(java.util.UUID.randomUUID())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("NOT-FOUND"));
    }

    @Test
    void letsAnyActorReadTheFestivals() {
        assertThat(service.festivals(stranger, 2026)).extracting(FestivalDate::date)
                .contains(LocalDate.of(2026, 9, 25));
    }

    @Test
    void plansACelebrationForEachFestival() {
        List<PlannedFestivalActivity> plan = service.plan(resident, tree.station, 2026);

        assertThat(plan).hasSize(7).allSatisfy(p -> {
            assertThat(p.unit()).isEqualTo(tree.station);
            assertThat(p.form()).isEqualTo(PracticeForm.CELEBRATION);
            assertThat(p.themes()).containsExactlyInAnyOrder(Theme.CULTURE, Theme.MORALITY);
        });
        assertThat(plan).filteredOn(p -> p.festival() == Festival.MID_AUTUMN).singleElement().satisfies(p -> {
            assertThat(p.date()).isEqualTo(LocalDate.of(2026, 9, 25));
            assertThat(p.title()).isEqualTo("2026年中秋节“我们的节日”主题活动");
        });
    }
}
