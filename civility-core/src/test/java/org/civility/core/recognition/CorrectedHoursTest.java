package org.civility.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryPointsLedgerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

/**
 * Crediting service record entries that correct earlier ones: a check-out closes a check-in, an
 * administrator replaces an entry. Only the difference is credited, so nothing counts twice.
 */
class CorrectedHoursTest {

    private static final Instant NOW = Instant.parse("2026-06-02T08:00:00Z");

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryPointsLedgerRepository ledger = new InMemoryPointsLedgerRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
    private final Actor system = Actor.of("system", new RoleGrant(Role.ADMINISTRATOR, tree.station));
    private final Actor self = Actor.of("志愿者", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(volunteer.value());
    private final RecognitionService service = new RecognitionService(ledger, new AccessControl(tree),
            new PolicySettings() {
                @Override
                public <T> T effective(SettingKey<T> key, UnitId unit) {
                    return key.defaultValue();
                }
            }, Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), events::add);

    private final UUID checkIn = UUID.randomUUID();
    private final UUID checkOut = UUID.randomUUID();
    private final UUID correction = UUID.randomUUID();

    private int recorded;

    /** Entries are recorded one minute apart, in the order the test records them. */
    private HoursRecorded entry(UUID id, long minutes, HoursSource source, UUID... replaces) {
        recorded++;
        return new HoursRecorded(volunteer, tree.station, minutes, source, id, List.of(replaces),
                NOW.minusSeconds(3600 - 60L * recorded));
    }

    @Test
    void anOpenCheckInCreditsNothing() {
        assertThat(service.creditRecorded(system, entry(checkIn, 0, HoursSource.SELF_CHECK_IN))).isEmpty();

        assertThat(ledger.entries(volunteer)).isEmpty();
    }

    @Test
    void aCheckOutCreditsTheMinutesServedOnce() {
        service.creditRecorded(system, entry(checkIn, 0, HoursSource.SELF_CHECK_IN));

        PointsEntry credit = service.creditRecorded(system, entry(checkOut, 150, HoursSource.SELF_CHECK_IN, checkIn))
                .orElseThrow();

        assertThat(credit.kind()).isEqualTo(EntryKind.CREDIT);
        assertThat(credit.minutes()).isEqualTo(150);
        assertThat(credit.points()).isEqualTo(2);
        assertThat(credit.recordId()).isEqualTo(checkOut);
        assertThat(service.creditRecorded(system, entry(checkOut, 150, HoursSource.SELF_CHECK_IN, checkIn))).isEmpty();
        assertThat(service.totalMinutes(self, volunteer, tree.station)).isEqualTo(150);
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(2);
    }

    @Test
    void aCorrectionToMoreTimeCreditsOnlyTheDifferenceAsItsSource() {
        service.creditRecorded(system, entry(checkOut, 120, HoursSource.SELF_CHECK_IN, checkIn));

        PointsEntry difference = service.creditRecorded(system,
                entry(correction, 180, HoursSource.ADMIN_MAKE_UP, checkOut, checkIn)).orElseThrow();

        assertThat(difference.minutes()).isEqualTo(60);
        assertThat(difference.points()).as("administrator make-up earns no points by default").isZero();
        assertThat(difference.source()).isEqualTo(HoursSource.ADMIN_MAKE_UP);
        assertThat(service.totalMinutes(self, volunteer, tree.station)).isEqualTo(180);
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(2);
    }

    @Test
    void aCorrectionToLessTimeWithdrawsTheMinutesAndTheirPoints() {
        service.creditRecorded(system, entry(checkOut, 240, HoursSource.SELF_CHECK_IN, checkIn));

        PointsEntry withdrawal = service.creditRecorded(system,
                entry(correction, 60, HoursSource.ADMIN_MAKE_UP, checkOut, checkIn)).orElseThrow();

        assertThat(withdrawal.kind()).isEqualTo(EntryKind.CORRECTION);
        assertThat(withdrawal.minutes()).isEqualTo(180);
        assertThat(withdrawal.points()).isEqualTo(3);
        assertThat(service.totalMinutes(self, volunteer, tree.station)).isEqualTo(60);
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(1);
        assertThat(events).last().isInstanceOf(PointsWithdrawn.class);
    }

    @Test
    void aCorrectionNeverTakesMorePointsThanTheBalanceHolds() {
        service.creditRecorded(system, entry(checkOut, 240, HoursSource.SELF_CHECK_IN, checkIn));
        service.redeem(self, new RedeemPoints(volunteer, tree.station, "r-1", "大米 5kg", 3));

        PointsEntry withdrawal = service.creditRecorded(system,
                entry(correction, 0, HoursSource.ADMIN_MAKE_UP, checkOut, checkIn)).orElseThrow();

        assertThat(withdrawal.points()).isEqualTo(1);
        assertThat(withdrawal.minutes()).isEqualTo(240);
        assertThat(service.balance(self, volunteer, tree.station)).isZero();
        assertThat(service.totalMinutes(self, volunteer, tree.station)).isZero();
    }

    @Test
    void aChainOfCorrectionsNetsOut() {
        UUID second = UUID.randomUUID();
        service.creditRecorded(system, entry(checkOut, 120, HoursSource.SELF_CHECK_IN, checkIn));
        service.creditRecorded(system, entry(correction, 60, HoursSource.ADMIN_MAKE_UP, checkOut, checkIn));

        service.creditRecorded(system, entry(second, 90, HoursSource.ADMIN_MAKE_UP, correction, checkOut, checkIn));

        assertThat(service.totalMinutes(self, volunteer, tree.station)).isEqualTo(90);
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(1);
        assertThat(ledger.entries(volunteer)).extracting(PointsEntry::kind)
                .containsExactly(EntryKind.CREDIT, EntryKind.CORRECTION, EntryKind.CREDIT);
    }

    @Test
    void aCorrectionWithTheSameMinutesAppendsNothing() {
        service.creditRecorded(system, entry(checkOut, 120, HoursSource.SELF_CHECK_IN, checkIn));

        assertThat(service.creditRecorded(system, entry(correction, 120, HoursSource.ADMIN_MAKE_UP, checkOut)))
                .isEmpty();
        assertThat(ledger.entries(volunteer)).hasSize(1);
    }

    @Test
    void needsManageActivitiesAtTheUnit() {
        assertThatThrownBy(() -> service.creditRecorded(self, entry(checkOut, 60, HoursSource.SELF_CHECK_IN, checkIn)))
                .isInstanceOf(CivilityException.class);
        assertThat(ledger.entries(volunteer)).isEmpty();
    }
}
