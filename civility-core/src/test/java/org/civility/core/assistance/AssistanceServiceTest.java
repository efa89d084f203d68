package org.civility.core.assistance;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryCarePairingRepository;
import org.civility.core.memory.InMemoryCareRecipientRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.SAMPLE_ID;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

/** Registering, pairing, visiting and the overdue report, with the recipients' privacy (R-HELP-1). */
class AssistanceServiceTest {

    /** 2026-12-01 10:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryCareRecipientRepository recipients = new InMemoryCareRecipientRepository();
    private final InMemoryCarePairingRepository pairings = new InMemoryCarePairingRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final AssistanceService service = new AssistanceService(recipients, pairings, volunteers,
            new AccessControl(tree), tree, PolicySettings.defaults(), Clock.fixed(NOW, AssistanceSettings.SERVICE_ZONE),
            IdSource.random(), events::add);

    private final Actor stationAdmin = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.station));
    private final Actor stationHead = Actor.of("head", new RoleGrant(Role.HEAD, tree.station));
    private final Actor otherHead = Actor.of("other-head", new RoleGrant(Role.HEAD, tree.otherStation));
    private final Actor resident = Actor.of("resident", new RoleGrant(Role.RESIDENT, tree.station));
    private VolunteerId li;
    private Actor liActor;
    private VolunteerId wang;
    private Actor wangActor;

    @BeforeEach
    void volunteers() {
        li = volunteers.store(aVolunteer().at(tree.station).named("李明").build()).id();
        liActor = Actor.of("li", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(li.value());
        wang = volunteers.store(aVolunteer().at(tree.station).named("王芳").build()).id();
        wangActor = Actor.of("wang", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(wang.value());
    }

    @Test
    @DisplayName("R-HELP-1 an administrator registers a recipient but may not read the details back")
    void administratorRegistersButCannotReadDetails() {
        // when
        CareRecipientSummary summary = service.register(stationAdmin, anElderAt(tree.station));

        // then
        assertThat(summary.category()).isEqualTo(CareCategory.EMPTY_NEST_ELDER);
        assertThat(summary.status()).isEqualTo(PairingStatus.UNPAIRED);
        assertThat(events).singleElement().isInstanceOf(CareRecipientRegistered.class);
        assertDenied(() -> service.details(stationAdmin, summary.id()), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-HELP-1 the station head sees a recipient's details in full")
    void headSeesTheDetails() {
        CareRecipientSummary summary = service.register(stationAdmin, anElderAt(tree.station));

        CareRecipientDetails details = service.details(stationHead, summary.id());

        assertThat(details.name()).isEqualTo("赵大爷");
        assertThat(details.residentIdNumber()).contains(SAMPLE_ID);
        assertThat(details.phone()).contains("13812345678");
        assertThat(details.address()).isEqualTo("圆东村三组 12 号");
        assertThat(details.birthYear()).contains(1949);
    }

    @Test
    @DisplayName("R-HELP-1 paired volunteers see the details; other volunteers, residents and other heads do not")
    void onlyThePairSeesTheDetails() {
        // given li is paired with the elder
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));
        service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7, Optional.empty()));

        // then
        assertThat(service.details(liActor, elder.id()).name()).isEqualTo("赵大爷");
        assertDenied(() -> service.details(wangActor, elder.id()), "ACCESS-DENIED");
        assertDenied(() -> service.details(resident, elder.id()), "ACCESS-DENIED");
        assertDenied(() -> service.details(otherHead, elder.id()), "ACCESS-DENIED");
        assertThat(service.summary(stationAdmin, elder.id()).status()).isEqualTo(PairingStatus.PAIRED);
    }

    @Test
    @DisplayName("R-HELP-1 a volunteer whose pairing ended no longer sees the details")
    void endedPairingNoLongerShowsTheDetails() {
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));
        CarePairingView pairing = service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7, Optional.empty()));

        service.end(stationAdmin, new EndCarePairing(pairing.id(), pairing.version()));

        assertDenied(() -> service.details(liActor, elder.id()), "ACCESS-DENIED");
        assertThat(events).last().isInstanceOf(CarePairingEnded.class);
    }

    @Test
    @DisplayName("R-HELP-1 an administrator linked to a volunteer record cannot pair themself, so the details stay hidden")
    void administratorCannotPairTheirOwnVolunteerRecord() {
        // given an administrator whose account is linked to li's volunteer record, and a recipient paired with wang
        Actor adminWhoVolunteers = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.station)).asVolunteer(li.value());
        CareRecipientSummary elder = service.register(adminWhoVolunteers, anElderAt(tree.station));
        CarePairingView withWang = service.pair(adminWhoVolunteers,
                new StartCarePairing(elder.id(), List.of(wang), 7, Optional.empty()));

        // when the administrator ends that pairing (MANAGE_CARE allows it) and pairs their own record instead
        service.end(adminWhoVolunteers, new EndCarePairing(withWang.id(), withWang.version()));

        // then the pairing is refused and the details stay hidden
        assertDenied(() -> service.pair(adminWhoVolunteers, new StartCarePairing(elder.id(), List.of(wang, li), 7,
                Optional.empty())), "ASSISTANCE-SELF-PAIRING");
        assertDenied(() -> service.details(adminWhoVolunteers, elder.id()), "ACCESS-DENIED");
        assertThat(service.summary(adminWhoVolunteers, elder.id()).status()).isEqualTo(PairingStatus.UNPAIRED);
    }

    @Test
    @DisplayName("R-HELP-1 only volunteers whose home unit lies in the recipient's subtree are paired")
    void refusesVolunteersFromOutsideTheRecipientsSubtree() {
        // given a volunteer of the other branch and a county administrator who may act at both
        VolunteerId fromOtherBranch = volunteers.store(aVolunteer().at(tree.otherStation).named("陈刚").build()).id();
        Actor countyAdmin = Actor.of("county-admin", new RoleGrant(Role.ADMINISTRATOR, tree.center));
        CareRecipientSummary elder = service.register(countyAdmin, anElderAt(tree.station));

        // then
        assertDenied(() -> service.pair(countyAdmin, new StartCarePairing(elder.id(), List.of(li, fromOtherBranch), 7,
                Optional.empty())), "REFERENCE-OUTSIDE-SUBTREE");
        assertThat(pairings.byRecipient(elder.id())).isEmpty();
        assertThat(service.pair(countyAdmin, new StartCarePairing(elder.id(), List.of(li), 7, Optional.empty()))
                .volunteers()).containsExactly(li);
    }

    @Test
    @DisplayName("R-HELP-1 ending a pairing needs MANAGE_CARE: neither the paired volunteer nor a resident ends it")
    void endingAPairingNeedsManageCare() {
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));
        CarePairingView pairing = service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7, Optional.empty()));

        assertDenied(() -> service.end(liActor, new EndCarePairing(pairing.id(), null)), "ACCESS-DENIED");
        assertDenied(() -> service.end(resident, new EndCarePairing(pairing.id(), null)), "ACCESS-DENIED");
        assertDenied(() -> service.end(otherHead, new EndCarePairing(pairing.id(), null)), "ACCESS-DENIED");
        assertThat(service.pairing(stationHead, pairing.id()).endedOn()).isEmpty();
    }

    @Test
    void listsSummariesForAdministratorsAndDeniesOtherBranches() {
        service.register(stationAdmin, anElderAt(tree.station));
        service.register(stationAdmin, anElderAt(tree.station));

        assertThat(service.summaries(stationAdmin, tree.station, PageRequest.firstPage()).items()).hasSize(2);
        assertDenied(() -> service.summaries(otherHead, tree.station, PageRequest.firstPage()), "ACCESS-DENIED");
        assertDenied(() -> service.summaries(resident, tree.station, PageRequest.firstPage()), "ACCESS-DENIED");
        assertDenied(() -> service.register(otherHead, anElderAt(tree.station)), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-HELP-1 the station lists a recipient's pairings, ended ones too; residents and other heads get 403")
    void listsTheRecipientsPairingsForTheStation() {
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));
        CarePairingView first = service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7, Optional.empty()));
        service.end(stationAdmin, new EndCarePairing(first.id(), first.version()));
        CarePairingView second = service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 14, Optional.empty()));

        List<CarePairingView> listed = service.pairingsOf(stationAdmin, elder.id());

        assertThat(listed).extracting(CarePairingView::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(listed).filteredOn(p -> p.id().equals(second.id())).singleElement()
                .satisfies(p -> assertThat(p.visitIntervalDays()).isEqualTo(14));
        assertThat(service.pairingsOf(stationHead, elder.id())).hasSize(2);
        assertDenied(() -> service.pairingsOf(resident, elder.id()), "ACCESS-DENIED");
        assertDenied(() -> service.pairingsOf(otherHead, elder.id()), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-HELP-1 a paired volunteer records a visit; anyone else gets ASSISTANCE-NOT-PAIRED")
    void pairedVolunteerRecordsVisits() {
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));
        CarePairingView pairing = service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7,
                Optional.of(TODAY.minusDays(20))));
        assertThat(pairing.daysOverdue()).isEqualTo(13);

        // when
        CarePairingView visited = service.recordVisit(liActor, new RecordVisit(pairing.id(),
                NOW.minusSeconds(3600), 45, "陪聊天", pairing.version()));

        // then
        assertThat(visited.visits()).singleElement().satisfies(v -> {
            assertThat(v.volunteer()).isEqualTo(li);
            assertThat(v.notes()).isEqualTo("陪聊天");
        });
        assertThat(visited.daysOverdue()).isZero();
        assertThat(events).last().isInstanceOf(CareVisitRecorded.class);
        assertDenied(() -> service.recordVisit(wangActor, new RecordVisit(pairing.id(), NOW, 30, "", null)),
                "ASSISTANCE-NOT-PAIRED");
        assertDenied(() -> service.recordVisit(stationHead, new RecordVisit(pairing.id(), NOW, 30, "", null)),
                "ASSISTANCE-NOT-PAIRED");
        // the administrator sees the pairing, but not the visit notes
        assertThat(service.pairing(stationAdmin, pairing.id()).visits()).singleElement()
                .satisfies(v -> assertThat(v.notes()).isEmpty());
        assertThat(service.pairing(stationHead, pairing.id()).visits().get(0).notes()).isEqualTo("陪聊天");
        assertDenied(() -> service.pairing(resident, pairing.id()), "ACCESS-DENIED");
    }

    @Test
    void rejectsVisitsInTheFutureAndStaleVersions() {
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));
        CarePairingView pairing = service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7, Optional.empty()));

        assertDenied(() -> service.recordVisit(liActor, new RecordVisit(pairing.id(), NOW.plusSeconds(86_400), 30, "", null)),
                "ASSISTANCE-VISIT-DATE");
        assertDenied(() -> service.recordVisit(liActor, new RecordVisit(pairing.id(), NOW, 30, "", 7L)), "STALE-VERSION");
    }

    @Test
    @DisplayName("R-HELP-1 a visit interval above the unit's maximum is rejected")
    void rejectsAnIntervalAboveTheMaximum() {
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));

        assertDenied(() -> service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 31, Optional.empty())),
                "R-HELP-1");
    }

    @Test
    void boundsTheStartDateAndAllowsOneActivePairing() {
        CareRecipientSummary elder = service.register(stationAdmin, anElderAt(tree.station));

        assertDenied(() -> service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7,
                Optional.of(TODAY.plusDays(1)))), "ASSISTANCE-START-DATE");
        assertDenied(() -> service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7,
                Optional.of(TODAY.minusDays(91)))), "ASSISTANCE-START-DATE");
        assertDenied(() -> service.pair(stationAdmin, new StartCarePairing(elder.id(),
                List.of(new VolunteerId(java.util.UUID.randomUUID())), 7, Optional.empty())), "NOT-FOUND");
        service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(li), 7, Optional.of(TODAY.minusDays(90))));
        assertDenied(() -> service.pair(stationAdmin, new StartCarePairing(elder.id(), List.of(wang), 7, Optional.empty())),
                "ASSISTANCE-ALREADY-PAIRED");
        assertDenied(() -> service.pair(otherHead, new StartCarePairing(elder.id(), List.of(wang), 7, Optional.empty())),
                "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-HELP-1 the overdue report lists overdue pairings of the subtree, most overdue first, without details")
    void reportsOverduePairingsOfTheSubtree() {
        // given: an overdue pairing at the point, a less overdue one at the station, a visited one, one elsewhere
        VolunteerId atThePoint = volunteers.store(aVolunteer().at(tree.point).named("孙丽").build()).id();
        VolunteerId elsewhere = volunteers.store(aVolunteer().at(tree.otherStation).named("陈刚").build()).id();
        CarePairingView atPoint = pairFrom(tree.point, TODAY.minusDays(40), 10, atThePoint);
        CarePairingView atStation = pairFrom(tree.station, TODAY.minusDays(20), 7, wang);
        CarePairingView visited = pairFrom(tree.station, TODAY.minusDays(20), 7, li);
        service.recordVisit(liActor, new RecordVisit(visited.id(), NOW, 30, "", null));
        pairFrom(tree.otherStation, TODAY.minusDays(40), 7, elsewhere);

        // when
        OverdueVisitsReport report = service.overdueVisits(stationAdmin, tree.station, TODAY);

        // then
        assertThat(report.overdue()).extracting(OverdueVisit::pairing).containsExactly(atPoint.id(), atStation.id());
        assertThat(report.overdue()).extracting(OverdueVisit::daysOverdue).containsExactly(30L, 13L);
        assertThat(report.overdue().get(1).category()).isEqualTo(CareCategory.EMPTY_NEST_ELDER);
        assertThat(report.overdue().get(1).volunteers()).containsExactly(wang);
        assertThat(report.overdue().get(1).lastVisitOn()).isEmpty();
        assertDenied(() -> service.overdueVisits(resident, tree.station, TODAY), "ACCESS-DENIED");
        assertDenied(() -> service.overdueVisits(otherHead, tree.station, TODAY), "ACCESS-DENIED");
    }

    private CarePairingView pairFrom(UnitId unit, LocalDate start, int interval, VolunteerId volunteer) {
        CareRecipientSummary r = service.register(Actor.of("center-admin", new RoleGrant(Role.ADMINISTRATOR, tree.center)),
                anElderAt(unit));
        return service.pair(Actor.of("center-admin", new RoleGrant(Role.ADMINISTRATOR, tree.center)),
                new StartCarePairing(r.id(), List.of(volunteer), interval, Optional.of(start)));
    }

    private static RegisterCareRecipient anElderAt(UnitId unit) {
        return new RegisterCareRecipient(unit, CareCategory.EMPTY_NEST_ELDER, "赵大爷", Optional.of(SAMPLE_ID),
                Optional.empty(), "圆东村三组 12 号", Optional.of("13812345678"), "独居", Optional.empty());
    }

    private static void assertDenied(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
