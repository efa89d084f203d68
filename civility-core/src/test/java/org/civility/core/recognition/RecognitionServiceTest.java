package org.civility.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

class RecognitionServiceTest {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final InMemoryPointsLedgerRepository ledger = new InMemoryPointsLedgerRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
    private final Actor admin = Actor.of("管理员", new RoleGrant(Role.ADMINISTRATOR, tree.station));
    private final Actor self = Actor.of("志愿者", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(volunteer.value());
    private final Actor outsider = Actor.of("外站管理员", new RoleGrant(Role.ADMINISTRATOR, tree.otherStation));
    private Map<String, Integer> overrides = Map.of();
    private final RecognitionService service = new RecognitionService(ledger, new AccessControl(tree),
            new PolicySettings() {
                @Override
                @SuppressWarnings("unchecked")
                public <T> T effective(SettingKey<T> key, UnitId unit) {
                    return overrides.containsKey(key.name()) ? (T) overrides.get(key.name()) : key.defaultValue();
                }
            }, java.time.Clock.fixed(NOW, ZoneOffset.UTC), IdSource.random(), events::add);

    private HoursCredited hours(long minutes, HoursSource source) {
        return new HoursCredited(volunteer, tree.station, minutes, source, UUID.randomUUID(), NOW.minusSeconds(3600));
    }

    private RedeemPoints redeem(String requestId, long cost) {
        return new RedeemPoints(volunteer, tree.station, requestId, "大米 5kg", cost);
    }

    @Test
    void creditsOnePointPerHourByDefaultRoundedDown() {
        PointsEntry entry = service.credit(admin, hours(150, HoursSource.SELF_CHECK_IN)).orElseThrow();

        assertThat(entry.points()).isEqualTo(2);
        assertThat(entry.minutes()).isEqualTo(150);
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(2);
        assertThat(events).singleElement().isInstanceOf(PointsCredited.class);
    }

    @Test
    void pointsPerHourIsASetting() {
        overrides = Map.of("recognition.points-per-hour", 10);

        assertThat(service.credit(admin, hours(90, HoursSource.IMPORT)).orElseThrow().points()).isEqualTo(15);
    }

    @Test
    void administratorMakeUpEarnsNoPointsByDefaultButCountsTowardStars() {
        PointsEntry entry = service.credit(admin, hours(100 * 60, HoursSource.ADMIN_MAKE_UP)).orElseThrow();

        assertThat(entry.points()).isZero();
        assertThat(service.starLevel(self, volunteer, tree.station)).isEqualTo(1);
        assertThat(service.totalMinutes(admin, volunteer, tree.station)).isEqualTo(6000);
    }

    @Test
    void makeUpEarnsPointsWhenTheSettingSaysSo() {
        overrides = Map.of("recognition.make-up-earns-points", 1);

        assertThat(service.credit(admin, hours(120, HoursSource.ADMIN_MAKE_UP)).orElseThrow().points()).isEqualTo(2);
    }

    @Test
    void creditingTheSameRecordTwiceIsIgnored() {
        HoursCredited command = hours(120, HoursSource.SELF_CHECK_IN);
        service.credit(admin, command);

        assertThat(service.credit(admin, command)).isEmpty();
        assertThat(service.balance(admin, volunteer, tree.station)).isEqualTo(2);
    }

    @Test
    void aVolunteerRedeemsTheirOwnPoints() {
        service.credit(admin, hours(600, HoursSource.SELF_CHECK_IN));

        PointsEntry r = service.redeem(self, redeem("req-1", 4));

        assertThat(r.kind()).isEqualTo(EntryKind.REDEMPTION);
        assertThat(r.goods()).isEqualTo("大米 5kg");
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(6);
        assertThat(events).last().isInstanceOf(PointsRedeemed.class);
    }

    @Test
    void theSameRequestIdReturnsTheFirstResultAndDebitsOnce() {
        service.credit(admin, hours(600, HoursSource.SELF_CHECK_IN));
        PointsEntry first = service.redeem(self, redeem("req-1", 4));

        PointsEntry retry = service.redeem(self, redeem("req-1", 4));

        assertThat(retry).isEqualTo(first);
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(6);
    }

    @Test
    void aReusedRequestIdForOtherGoodsIsAConflict() {
        service.credit(admin, hours(600, HoursSource.SELF_CHECK_IN));
        service.redeem(self, redeem("req-1", 4));

        assertThatThrownBy(() -> service.redeem(self, redeem("req-1", 5)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECOGNITION-REQUEST-REUSED"));
    }

    @Test
    void theBalanceNeverGoesNegative() {
        service.credit(admin, hours(180, HoursSource.SELF_CHECK_IN));

        assertThatThrownBy(() -> service.redeem(self, redeem("req-1", 4)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECOGNITION-INSUFFICIENT-POINTS"));
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(3);
    }

    @Test
    void nobodyRedeemsAnotherVolunteersPoints() {
        service.credit(admin, hours(600, HoursSource.SELF_CHECK_IN));
        Actor someoneElse = Actor.of("别人", new RoleGrant(Role.VOLUNTEER, tree.station)).asVolunteer(UUID.randomUUID());

        assertThatThrownBy(() -> service.redeem(someoneElse, redeem("req-1", 1)))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("RECOGNITION-NOT-OWN-POINTS"));
    }

    @Test
    void anAdministratorOfAnotherBranchIsDenied() {
        assertThatThrownBy(() -> service.credit(outsider, hours(60, HoursSource.SELF_CHECK_IN)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThatThrownBy(() -> service.balance(outsider, volunteer, tree.station))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void aVolunteerCannotCreditHours() {
        assertThatThrownBy(() -> service.credit(self, hours(60, HoursSource.SELF_CHECK_IN)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void pointsNeverExpireByDefault() {
        ledger.append(PointsEntry.credit(new PointsEntryId(UUID.randomUUID()), volunteer, tree.station, 10, 600,
                HoursSource.SELF_CHECK_IN, UUID.randomUUID(), NOW.minusSeconds(10L * 365 * 86400)));

        assertThat(service.expire(admin, volunteer, tree.station)).isEmpty();
    }

    @Test
    void unspentOldPointsExpireOldestFirst() {
        overrides = Map.of("recognition.points-expire-after-years", 2);
        ledger.append(PointsEntry.credit(new PointsEntryId(UUID.randomUUID()), volunteer, tree.station, 10, 600,
                HoursSource.SELF_CHECK_IN, UUID.randomUUID(), Instant.parse("2022-01-01T00:00:00Z")));
        ledger.append(PointsEntry.credit(new PointsEntryId(UUID.randomUUID()), volunteer, tree.station, 5, 300,
                HoursSource.SELF_CHECK_IN, UUID.randomUUID(), Instant.parse("2025-01-01T00:00:00Z")));
        service.redeem(self, redeem("req-1", 4));

        PointsEntry expiry = service.expire(admin, volunteer, tree.station).orElseThrow();

        assertThat(expiry.points()).isEqualTo(6);
        assertThat(service.balance(self, volunteer, tree.station)).isEqualTo(5);
        assertThat(service.expire(admin, volunteer, tree.station)).isEmpty();
        assertThat(events).last().isInstanceOf(PointsExpired.class);
    }

    @Test
    void commendationNeedsManageActivitiesAtEveryQuotaUnit() {
        List<CommendationQuota> quotas = List.of(new CommendationQuota(tree.otherStation, 1, 1));

        assertThatThrownBy(() -> service.commend(admin, tree.station, List.of(), List.of(), quotas))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
        assertThat(service.commend(admin, tree.station,
                List.of(new CommendationCandidate(volunteer, tree.station, 60, 5)), List.of(),
                List.of(new CommendationQuota(tree.station, 1, 0)))).hasSize(1);
    }
}
