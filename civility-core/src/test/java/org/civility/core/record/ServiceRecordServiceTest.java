package org.civility.core.record;

import org.civility.core.fixtures.RecordFixtures;
import org.civility.core.memory.InMemoryChainHeadRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VolunteerFixtures.aVolunteer;

class ServiceRecordServiceTest {

    private static final Instant NOW = Instant.parse("2026-09-01T10:00:00Z");
    private static final Instant NINE = Instant.parse("2026-09-01T01:00:00Z");
    private static final Instant ELEVEN = NINE.plusSeconds(7200);

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final InMemoryChainHeadRepository heads = new InMemoryChainHeadRepository();
    private final ServiceRecordService service = new ServiceRecordService(records, heads, RecordFixtures.SEAL,
            volunteers, new AccessControl(tree), Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), events::add);

    private final VolunteerId volunteer = volunteers.store(aVolunteer().at(tree.station).build()).id();
    private final Actor admin = Actor.of("李站长", new RoleGrant(Role.ADMINISTRATOR, tree.station));
    private final Actor self = Actor.of("张志愿", new RoleGrant(Role.VOLUNTEER, tree.station))
            .asVolunteer(volunteer.value());
    private final Actor otherVolunteer = Actor.of("王志愿", new RoleGrant(Role.VOLUNTEER, tree.station))
            .asVolunteer(UUID.randomUUID());
    private final Actor stranger = Actor.of("外站管理员", new RoleGrant(Role.ADMINISTRATOR, tree.otherStation));

    private CheckIn checkIn(Instant at) {
        return new CheckIn(volunteer, tree.station, Optional.of(UUID.randomUUID()), "为老人理发", "幸福村实践站",
                NINE, ELEVEN, at, Optional.empty(), false);
    }

    private MakeUp makeUp(Instant start, Instant end, Optional<ServiceRecordId> corrects) {
        return new MakeUp(volunteer, tree.station, Optional.empty(), "文明劝导", "幸福村路口", start, end, 120,
                corrects);
    }

    @Test
    void checksInAndOutAsACorrectingEntryWithTheMinutesServed() {
        ServiceRecord session = service.checkIn(self, checkIn(NINE));
        ServiceRecord closed = service.checkOut(self, new CheckOut(session.id(), NINE.plusSeconds(5400)));

        assertThat(session.isOpen()).isTrue();
        assertThat(session.minutes()).isZero();
        assertThat(closed.corrects()).contains(session.id());
        assertThat(closed.minutes()).isEqualTo(90);
        assertThat(closed.source()).isEqualTo(RecordSource.SELF_CHECK_IN);
        assertThat(closed.sequence()).isEqualTo(2);
        assertThat(service.chain(admin, tree.station)).extracting(ServiceRecord::previousHash)
                .containsExactly(ServiceRecord.GENESIS, service.get(admin, session.id()).hash());
        assertThat(closed.recordedAt()).isEqualTo(NOW);
        assertThat(events).hasSize(2).allMatch(ServiceRecorded.class::isInstance);
        assertThat(service.verify(admin, tree.station).ok()).isTrue();
    }

    @Test
    @DisplayName("R-REC-1 every append moves the unit's sealed head to the new entry")
    void everyAppendMovesTheSealedHead() {
        ServiceRecord session = service.checkIn(self, checkIn(NINE));
        ServiceRecord closed = service.checkOut(self, new CheckOut(session.id(), NINE.plusSeconds(600)));

        assertThat(heads.find(tree.station)).hasValueSatisfying(h -> {
            assertThat(h.names(service.get(admin, closed.id()))).isTrue();
            assertThat(RecordFixtures.SEAL.verifies(h)).isTrue();
        });
        assertThat(service.verifyAll()).containsOnlyKeys(tree.station)
                .allSatisfy((unit, v) -> assertThat(v.ok()).isTrue());
    }

    @Test
    @DisplayName("R-REC-1 nothing is appended to a chain that does not end at its sealed head")
    void refusesToExtendAChainThatDoesNotEndAtItsHead() {
        // given entries written around the service: the chain has no sealed head
        records.append(RecordFixtures.anEntry(tree.station, Optional.empty(), volunteer, NINE.minusSeconds(86_400),
                NINE.minusSeconds(86_400 - 3600)));

        // then the check finds it, and a check-in there is refused rather than sealing what was written
        assertThat(service.verify(admin, tree.station).reason()).hasValue(ChainBreak.UNANCHORED);
        assertThat(service.verifyAll().get(tree.station).firstBroken()).hasValue(1);
        assertThatThrownBy(() -> service.checkIn(self, checkIn(NINE)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECORD-CHAIN-BROKEN"));
        assertThat(records.chain(tree.station)).hasSize(1);
    }

    @Test
    void aCheckInLocationIsShownToTheVolunteerAndTheStationsStaffOnly() {
        // given a check-in with the volunteer's location and their consent
        ServiceRecord session = service.checkIn(self, new CheckIn(volunteer, tree.station, Optional.empty(), "为老人理发",
                "幸福村实践站", NINE, ELEVEN, NINE, Optional.of("30.27,120.15"), true));
        Actor resident = Actor.of("村民", new RoleGrant(Role.RESIDENT, tree.station));

        // then other volunteers and residents read the entry without it
        assertThat(service.get(resident, session.id()).location()).isEmpty();
        assertThat(service.get(otherVolunteer, session.id()).location()).isEmpty();
        assertThat(service.byVolunteer(resident, volunteer, PageRequest.firstPage()).items())
                .singleElement().satisfies(e -> assertThat(e.location()).isEmpty());
        assertThat(service.chain(resident, tree.station)).singleElement()
                .satisfies(e -> assertThat(e.location()).isEmpty());
        assertThat(service.verify(resident, tree.station).ok()).isTrue();
        // and the volunteer and the staff who keep the records with it
        assertThat(service.get(self, session.id()).location()).contains("30.27,120.15");
        assertThat(service.get(admin, session.id()).location()).contains("30.27,120.15");
        assertThat(service.byVolunteer(self, volunteer, PageRequest.firstPage()).items())
                .singleElement().satisfies(e -> assertThat(e.location()).contains("30.27,120.15"));
    }

    @Test
    void rejectsASecondCheckOut() {
        ServiceRecord session = service.checkIn(self, checkIn(NINE));
        service.checkOut(self, new CheckOut(session.id(), NINE.plusSeconds(600)));

        assertThatThrownBy(() -> service.checkOut(self, new CheckOut(session.id(), NINE.plusSeconds(900))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECORD-ALREADY-CORRECTED"));
    }

    @Test
    @DisplayName("R-REC-1 a volunteer cannot be checked in at two places at once")
    void rejectsAnOverlappingCheckIn() {
        ServiceRecord session = service.checkIn(self, checkIn(NINE));

        assertThatThrownBy(() -> service.checkIn(self, checkIn(NINE.plusSeconds(600))))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-REC-1");
                    assertThat(e.args()).containsEntry("conflicting", session.id());
                });
    }

    @Test
    @DisplayName("R-REC-1 an overlap with service in another branch is refused without naming that entry")
    void anOverlapElsewhereIsRefusedWithoutNamingTheOtherBranchsEntry() {
        // given the volunteer is checked in at the other branch
        Actor thereAsVolunteer = Actor.of("张志愿", new RoleGrant(Role.VOLUNTEER, tree.otherStation))
                .asVolunteer(volunteer.value());
        ServiceRecord there = service.checkIn(thereAsVolunteer, new CheckIn(volunteer, tree.otherStation,
                Optional.empty(), "文明劝导", "别村", NINE, ELEVEN, NINE, Optional.empty(), false));

        // then the station's make-up for the same hours is refused, saying nothing of the other branch's entry
        assertThatThrownBy(() -> service.makeUp(admin, makeUp(NINE, ELEVEN, Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-REC-1");
                    assertThat(e.args()).doesNotContainValue(there.id());
                    assertThat(e.detail(java.util.Locale.ENGLISH)).doesNotContain(there.id().toString());
                });
        // while the volunteer themself is told which of their entries it is
        assertThatThrownBy(() -> service.checkIn(self, checkIn(NINE.plusSeconds(600))))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.args()).containsEntry("conflicting", there.id()));
    }

    @Test
    @DisplayName("R-REC-1 make-up time overlapping a recorded entry is rejected")
    void rejectsAnOverlappingMakeUp() {
        ServiceRecord first = service.makeUp(admin, makeUp(NINE, ELEVEN, Optional.empty()));

        assertThatThrownBy(() -> service.makeUp(admin, makeUp(NINE.plusSeconds(3600), ELEVEN.plusSeconds(60),
                Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-REC-1");
                    assertThat(e.args()).containsEntry("conflicting", first.id());
                });
    }

    @Test
    @DisplayName("R-REC-1 a correction replaces the entry it corrects for overlap purposes")
    void correctionReplacesTheCorrectedEntry() {
        ServiceRecord first = service.makeUp(admin, makeUp(NINE, ELEVEN, Optional.empty()));

        ServiceRecord fixed = service.makeUp(admin, makeUp(NINE.plusSeconds(1800), ELEVEN, Optional.of(first.id())));
        ServiceRecord later = service.makeUp(admin, makeUp(NINE, NINE.plusSeconds(1800), Optional.empty()));

        assertThat(fixed.corrects()).contains(first.id());
        assertThat(fixed.minutes()).isEqualTo(90);
        assertThat(later.minutes()).isEqualTo(30);
        assertThat(service.byVolunteer(admin, volunteer, new PageRequest(0, 10)).items()).hasSize(3);
    }

    @Test
    void makesUpTimeOnlyForVolunteersOfTheUnitsSubtree() {
        VolunteerId elsewhere = volunteers.store(aVolunteer().at(tree.otherStation).build()).id();
        Actor countyAdmin = Actor.of("县管理员", new RoleGrant(Role.ADMINISTRATOR, tree.center));

        assertThatThrownBy(() -> service.makeUp(countyAdmin, new MakeUp(elsewhere, tree.station, Optional.empty(),
                "文明劝导", "幸福村路口", NINE, ELEVEN, 120, Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("REFERENCE-OUTSIDE-SUBTREE"));
        assertThat(records.chain(tree.station)).isEmpty();
    }

    @Test
    void aPracticePointMakesUpTimeForAVolunteerOfItsStation() {
        ServiceRecord atThePoint = service.makeUp(admin, new MakeUp(volunteer, tree.point, Optional.empty(), "书屋整理",
                "幸福村书屋", NINE, ELEVEN, 120, Optional.empty()));

        assertThat(atThePoint.unit()).isEqualTo(tree.point);
    }

    @Test
    void rejectsMakeUpLongerThanTheScheduledLength() {
        assertThatThrownBy(() -> service.makeUp(admin, makeUp(NINE, ELEVEN.plusSeconds(60), Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("RECORD-MAKE-UP-CAPPED");
                    assertThat(e.args()).containsEntry("minutes", 121).containsEntry("scheduledMinutes", 120);
                });
        assertThat(records.chain(tree.station)).isEmpty();
    }


    @Test
    void closesForgottenCheckOutsAtTheScheduledEndFlaggedAndUncredited() {
        ServiceRecord session = service.checkIn(self, checkIn(NINE));

        assertThat(service.closeForgotten(ELEVEN)).isEmpty();
        List<ServiceRecord> closed = service.closeForgotten(NOW);

        assertThat(closed).singleElement().satisfies(c -> {
            assertThat(c.corrects()).contains(session.id());
            assertThat(c.end()).contains(ELEVEN);
            assertThat(c.minutes()).isZero();
            assertThat(c.flags()).containsExactly(RecordFlag.FORGOTTEN_CHECK_OUT_REVIEW);
            assertThat(c.recordedBy()).isEqualTo(ServiceRecordService.SYSTEM);
        });
        assertThat(service.closeForgotten(NOW)).isEmpty();
        ServiceRecord reviewed = service.makeUp(admin, makeUp(NINE, ELEVEN, Optional.of(closed.getFirst().id())));
        assertThat(reviewed.minutes()).isEqualTo(120);
    }

    @Test
    void acceptsALocationOnlyWithConsent() {
        CheckIn withoutConsent = new CheckIn(volunteer, tree.station, Optional.empty(), "值守", "站点", NINE, ELEVEN,
                NINE, Optional.of("30.27,120.15"), false);
        assertThatThrownBy(() -> service.checkIn(self, withoutConsent))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECORD-LOCATION-CONSENT"));

        ServiceRecord withConsent = service.checkIn(self, new CheckIn(volunteer, tree.station, Optional.empty(), "值守",
                "站点", NINE, ELEVEN, NINE, Optional.of("30.27,120.15"), true));
        assertThat(withConsent.location()).contains("30.27,120.15");
    }

    @Test
    void letsVolunteersCheckInOnlyForThemselves() {
        assertThatThrownBy(() -> service.checkIn(otherVolunteer, checkIn(NINE)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("RECORD-NOT-OWN"));
        assertThatThrownBy(() -> service.makeUp(self, makeUp(NINE, ELEVEN, Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void deniesAdministratorsOfAnotherBranch() {
        ServiceRecord entry = service.makeUp(admin, makeUp(NINE, ELEVEN, Optional.empty()));

        assertThatThrownBy(() -> service.makeUp(stranger, makeUp(ELEVEN, ELEVEN.plusSeconds(60), Optional.empty())))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.get(stranger, entry.id()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThat(service.byVolunteer(stranger, volunteer, new PageRequest(0, 10)).items()).isEmpty();
        assertThat(service.byVolunteer(self, volunteer, new PageRequest(0, 10)).items()).hasSize(1);
    }

    @Test
    void totalsCountEffectiveMinutesBySourceApart() {
        ServiceRecord session = service.checkIn(self, checkIn(NINE));
        service.checkOut(self, new CheckOut(session.id(), NINE.plusSeconds(2700)));
        Instant nextDay = NINE.plusSeconds(86_400);
        ServiceRecord madeUp = service.makeUp(admin, makeUp(nextDay, nextDay.plusSeconds(7200), Optional.empty()));
        service.makeUp(admin, makeUp(nextDay, nextDay.plusSeconds(5400), Optional.of(madeUp.id())));
        Instant twoDaysOn = nextDay.plusSeconds(86_400);
        service.checkIn(self, new CheckIn(volunteer, tree.station, Optional.empty(), "值守", "站点", twoDaysOn,
                twoDaysOn.plusSeconds(3600), twoDaysOn, Optional.empty(), false));

        RecordTotals totals = service.totals(self, volunteer);

        assertThat(totals.minutesOf(RecordSource.SELF_CHECK_IN)).isEqualTo(45);
        assertThat(totals.minutesOf(RecordSource.ADMIN_MAKE_UP)).isEqualTo(90);
        assertThat(totals.minutesOf(RecordSource.IMPORT)).isZero();
        assertThat(totals.totalMinutes()).isEqualTo(135);
        assertThat(totals.entries()).isEqualTo(3);
        assertThat(totals.openSessions()).isEqualTo(1);
        assertThat(service.totals(stranger, volunteer).totalMinutes()).isZero();
    }

    @Test
    void listsFlaggedEntriesUntilReviewed() {
        ServiceRecord session = service.checkIn(self, checkIn(NINE));
        ServiceRecord forgotten = service.closeForgotten(NOW).getFirst();

        assertThat(service.toReview(admin, tree.station, PageRequest.firstPage()).items())
                .extracting(ServiceRecord::id).containsExactly(forgotten.id());
        assertThat(service.totals(self, volunteer).toReview()).isEqualTo(1);
        assertThatThrownBy(() -> service.toReview(self, tree.station, PageRequest.firstPage()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));

        service.makeUp(admin, makeUp(NINE, NINE.plusSeconds(3600), Optional.of(forgotten.id())));

        assertThat(service.toReview(admin, tree.station, PageRequest.firstPage()).items()).isEmpty();
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void correctsOnlyEntriesOfTheSameUnit() {
        ServiceRecord entry = service.makeUp(admin, makeUp(NINE, ELEVEN, Optional.empty()));
        Actor instituteAdmin = Actor.of("所管理员", new RoleGrant(Role.ADMINISTRATOR, tree.institute));

        assertThatThrownBy(() -> service.makeUp(instituteAdmin, new MakeUp(volunteer, tree.institute,
                Optional.empty(), "文明劝导", "路口", NINE, ELEVEN, 120, Optional.of(entry.id()))))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("RECORD-ENTRY-INVALID");
                    assertThat(e.args()).containsEntry("field", "unit");
                });
    }
}
