package org.civility.web.recognition;

import org.civility.core.memory.InMemoryChainHeadRepository;
import org.civility.core.record.ChainSeal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryPointsLedgerRepository;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.EntryKind;
import org.civility.core.recognition.HoursSource;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.record.CheckIn;
import org.civility.core.record.CheckOut;
import org.civility.core.record.MakeUp;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.record.ServiceRecorded;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * Hours → points as the portal wires it: every entry the record service appends is credited by the
 * difference it makes to the entries it corrects, as the system, so a check-out by a volunteer (who may not
 * credit) still earns points, and nothing is counted twice.
 */
class RecordCreditingTest {

    private static final Instant START = Instant.parse("2026-03-05T01:00:00Z");

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final UnitId otherStation = new UnitId(UUID.randomUUID());
    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
    private final Actor self = Actor.of("volunteer", new RoleGrant(Role.VOLUNTEER, station)).asVolunteer(volunteer.value());
    private final Actor admin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, station));
    private final AccessControl access = new AccessControl((unit, ancestor) -> unit.equals(ancestor));
    private final MutableClock clock = new MutableClock(START);
    private final InMemoryServiceRecordRepository records = new InMemoryServiceRecordRepository();
    private final InMemoryPointsLedgerRepository ledger = new InMemoryPointsLedgerRepository();
    private final RecognitionService recognition = new RecognitionService(ledger, access, new PolicySettings() {
        @Override
        public <T> T effective(SettingKey<T> key, UnitId unit) {
            return key.defaultValue();
        }
    }, clock, IdSource.random(), e -> { });
    private final RecordCrediting crediting = new RecordCrediting(records, recognition);
    private final List<Optional<PointsEntry>> credited = new ArrayList<>();
    /** The record service publishes into the crediting, as the CDI observer does in the portal. */
    private final ServiceRecordService service = new ServiceRecordService(records, new InMemoryChainHeadRepository(),
            ChainSeal.withKey(new byte[ChainSeal.MIN_KEY_BYTES]), new InMemoryVolunteerRepository(),
            access, clock, IdSource.random(),
            event -> {
                if (event instanceof ServiceRecorded recorded) {
                    credited.add(crediting.credit(recorded));
                }
            });

    private ServiceRecord checkIn() {
        return service.checkIn(self, new CheckIn(volunteer, station, Optional.empty(), "敬老院帮扶", "圆东村敬老院",
                START, START.plusSeconds(4 * 3600), START, Optional.empty(), false));
    }

    private ServiceRecord checkOutAfterMinutes(ServiceRecord session, long minutes) {
        clock.now = START.plusSeconds(minutes * 60);
        return service.checkOut(self, new CheckOut(session.id(), clock.now));
    }

    private ServiceRecord correct(ServiceRecord entry, long minutes) {
        clock.now = clock.now.plusSeconds(3600);
        return service.makeUp(admin, new MakeUp(volunteer, station, Optional.empty(), "敬老院帮扶", "圆东村敬老院",
                entry.start(), entry.start().plusSeconds(minutes * 60), 240, Optional.of(entry.id())));
    }

    private long totalMinutes() {
        return recognition.totalMinutes(self, volunteer, station);
    }

    private long balance() {
        return recognition.balance(self, volunteer, station);
    }

    @Test
    void aCheckInCreditsNothingAndItsCheckOutCreditsTheMinutesServed() {
        ServiceRecord session = checkIn();
        assertThat(ledger.entries(volunteer)).isEmpty();

        ServiceRecord closed = checkOutAfterMinutes(session, 150);

        assertThat(ledger.entries(volunteer)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.CREDIT);
            assertThat(e.recordId()).isEqualTo(closed.id().value());
            assertThat(e.minutes()).isEqualTo(150);
            assertThat(e.points()).isEqualTo(2);
            assertThat(e.source()).isEqualTo(HoursSource.SELF_CHECK_IN);
        });
    }

    @Test
    void anAdministratorsCorrectionReplacesTheCheckOutWithoutCountingItTwice() {
        ServiceRecord closed = checkOutAfterMinutes(checkIn(), 120);

        correct(closed, 180);

        assertThat(totalMinutes()).isEqualTo(180);
        assertThat(balance()).as("the extra hour is administrator make-up: no points by default").isEqualTo(2);
    }

    @Test
    void aCorrectionToLessTimeWithdrawsTheDifference() {
        ServiceRecord closed = checkOutAfterMinutes(checkIn(), 180);

        ServiceRecord corrected = correct(closed, 60);

        assertThat(totalMinutes()).isEqualTo(60);
        assertThat(balance()).isEqualTo(1);
        assertThat(ledger.entries(volunteer)).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.CORRECTION);
            assertThat(e.recordId()).isEqualTo(corrected.id().value());
            assertThat(e.minutes()).isEqualTo(120);
        });
    }

    @Test
    void aCorrectionOfACorrectionNetsAgainstTheWholeChain() {
        ServiceRecord closed = checkOutAfterMinutes(checkIn(), 120);
        ServiceRecord first = correct(closed, 60);

        correct(first, 90);

        assertThat(totalMinutes()).isEqualTo(90);
        assertThat(ledger.entries(volunteer)).extracting(PointsEntry::kind)
                .containsExactly(EntryKind.CREDIT, EntryKind.CORRECTION, EntryKind.CREDIT);
    }

    @Test
    void aForgottenCheckOutCreditsNothingUntilAnAdministratorMakesUpTheTime() {
        checkIn();
        clock.now = START.plusSeconds(6 * 3600);
        ServiceRecord closedBySystem = service.closeForgotten(clock.now).getFirst();
        assertThat(totalMinutes()).isZero();

        correct(closedBySystem, 200);

        assertThat(totalMinutes()).isEqualTo(200);
        assertThat(balance()).isZero();
    }

    @Test
    void replayingAnEntryChangesNothing() {
        ServiceRecord closed = checkOutAfterMinutes(checkIn(), 120);

        Optional<PointsEntry> again = crediting.credit(new ServiceRecorded(closed.id(), closed.unit(), closed.sequence(),
                closed.volunteer(), closed.source(), closed.minutes(), closed.recordedAt()));

        assertThat(again).isEmpty();
        assertThat(totalMinutes()).isEqualTo(120);
        assertThat(balance()).isEqualTo(2);
    }

    @Test
    void theSystemActorAdministersOnlyTheRecordingUnit() {
        Actor system = RecordCrediting.systemActorAt(station);

        assertThat(system.name()).isEqualTo(ServiceRecordService.SYSTEM);
        assertThat(access.permits(system, Permission.MANAGE_ACTIVITIES, station)).isTrue();
        assertThat(access.permits(system, Permission.MANAGE_ACTIVITIES, otherStation)).isFalse();
    }

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
