package org.civility.core.venue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.access.Role;
import org.civility.core.fixtures.OrganisationFixtures.Tree;
import org.civility.core.governance.GovernanceService;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SetPolicySetting;
import org.civility.core.governance.SettingKey;
import org.civility.core.governance.SettingRegistry;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.memory.InMemoryPolicySettingsRepository;
import org.civility.core.memory.InMemoryVenueRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.OrganisationFixtures.aTree;
import static org.civility.core.fixtures.VenueFixtures.aResident;
import static org.civility.core.fixtures.VenueFixtures.administratorAt;
import static org.civility.core.fixtures.VenueFixtures.at;
import static org.civility.core.fixtures.VenueFixtures.committeeAt;
import static org.civility.core.fixtures.VenueFixtures.dutyStaffAt;
import static org.civility.core.fixtures.VenueFixtures.lecturerAt;
import static org.civility.core.venue.CommitteeApprovesOtherUsePolicy.APPROVERS;

/**
 * R-VEN-2 (clarified): other use of a venue is approved by the residents' committee; a locality may widen it by the
 * setting {@code venue.other-use-approvers}, a unit below may narrow it again, and nobody widens it for themselves.
 */
class OtherUseApproversTest {

    private final Tree tree = aTree();
    private final UnitId stationA = tree.stationA().id();
    private final UnitId stationB = tree.stationB().id();
    private final GovernanceService governance = new GovernanceService(new InMemoryPolicySettingsRepository(),
            tree.units(), SettingRegistry.of(APPROVERS), tree.access(), Clock.fixed(at(7), ZoneOffset.UTC), e -> { });
    private final VenueService venues = new VenueService(new InMemoryVenueRepository(), new InMemoryBookingRepository(),
            tree.access(), governance, Clock.fixed(at(7), ZoneOffset.UTC), IdSource.random(), e -> { });

    private final Actor adminOfStationA = administratorAt(stationA);
    private final Actor adminOfStationB = administratorAt(stationB);

    @Test
    @DisplayName("R-VEN-2 the residents' committee approves another use, and rejects one with a reason")
    void theCommitteeApproves() {
        Booking first = pendingBookingAt(stationA);
        Booking second = pendingBookingAt(stationA);

        Booking approved = venues.approve(committeeAt(stationA), new ApproveBooking(first.id()));
        Booking rejected = venues.reject(committeeAt(stationA), new RejectBooking(second.id(), "商业演出"));

        assertThat(approved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(rejected.status()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    @DisplayName("R-VEN-2 by default a station's administrator is refused: the committee approves, not the station")
    void anAdministratorIsRefusedByDefault() {
        Booking pending = pendingBookingAt(stationA);

        assertThat(Role.ADMINISTRATOR.grants(Permission.APPROVE_VENUE_USE)).isFalse();
        assertThatThrownBy(() -> venues.approve(adminOfStationA, new ApproveBooking(pending.id())))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-VEN-2-APPROVER");
                    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
                    assertThat(e.args()).containsEntry("approvers", "COMMITTEE");
                });
        expectCode(() -> venues.reject(adminOfStationA, new RejectBooking(pending.id(), "x")), "R-VEN-2-APPROVER");
        expectCode(() -> venues.approve(dutyStaffAt(stationA), new ApproveBooking(pending.id())), "ACCESS-DENIED");
        expectCode(() -> venues.approve(committeeAt(stationB), new ApproveBooking(pending.id())), "ACCESS-DENIED");
        assertThat(venues.getBooking(adminOfStationA, pending.id()).status()).isEqualTo(BookingStatus.PENDING_APPROVAL);
    }

    @Test
    @DisplayName("R-VEN-2 where a township widens it, the administrators of its stations approve too, and only there")
    void aTownshipWidensItForItsStations() {
        governance.set(tree.adminOfInstituteA(), tree.instituteA().id(), widen());
        Booking atA = pendingBookingAt(stationA);
        Booking atB = pendingBookingAt(stationB);

        assertThat(venues.approve(adminOfStationA, new ApproveBooking(atA.id())).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        expectCode(() -> venues.approve(adminOfStationB, new ApproveBooking(atB.id())), "R-VEN-2-APPROVER");
        assertThat(governance.effective(APPROVERS, stationA)).isEqualTo(OtherUseApprovers.COMMITTEE_OR_ADMINISTRATORS);
    }

    @Test
    @DisplayName("R-VEN-2 a widening whose origin the portal's settings do not tell lets no administrator approve")
    void aWideningOfUnknownOriginFailsClosed() {
        PolicySettings widenedSomewhere = new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.equals(APPROVERS) ? (T) OtherUseApprovers.COMMITTEE_OR_ADMINISTRATORS : key.defaultValue();
            }
        };
        VenueService service = new VenueService(new InMemoryVenueRepository(), new InMemoryBookingRepository(),
                tree.access(), widenedSomewhere, Clock.fixed(at(7), ZoneOffset.UTC), IdSource.random(), e -> { });
        Booking pending = pendingBookingAt(service, stationA);

        expectCode(() -> service.approve(adminOfStationA, new ApproveBooking(pending.id())), "R-VEN-2-APPROVER");
        assertThat(service.approve(committeeAt(stationA), new ApproveBooking(pending.id())).status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    @DisplayName("R-VEN-2 a county widens it for its units, a village narrows it again, and nobody below a narrowing widens")
    void aCountyWidensAndAVillageNarrowsAgain() {
        governance.set(tree.headOfCenter(), tree.center().id(), widen());
        governance.set(tree.headOfStationA(), stationA, new SetPolicySetting(APPROVERS.name(), "COMMITTEE_ONLY"));
        Booking atA = pendingBookingAt(stationA);
        Booking atB = pendingBookingAt(stationB);

        expectCode(() -> venues.approve(adminOfStationA, new ApproveBooking(atA.id())), "R-VEN-2-APPROVER");
        assertThat(venues.approve(adminOfStationB, new ApproveBooking(atB.id())).status())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(venues.approve(committeeAt(stationA), new ApproveBooking(atA.id())).status())
                .isEqualTo(BookingStatus.CONFIRMED);

        governance.set(tree.adminOfInstituteB(), tree.instituteB().id(),
                new SetPolicySetting(APPROVERS.name(), "COMMITTEE_ONLY"));
        expectCode(() -> governance.set(tree.headOfCenter(), stationB, widen()), "GOV-LOOSEN");
        expectCode(() -> governance.set(tree.headOfCenter(), stationB,
                new SetPolicySetting(APPROVERS.name(), "COMMITTEE")), "GOV-LOOSEN");
        expectCode(() -> venues.approve(adminOfStationB, new ApproveBooking(pendingBookingAt(stationB).id())),
                "R-VEN-2-APPROVER");
    }

    @Test
    @DisplayName("R-VEN-2 nobody widens it for themselves: an administrator who could have set the widening is refused")
    void nobodyWidensItForThemselves() {
        governance.set(adminOfStationA, stationA, widen());
        Booking atA = pendingBookingAt(stationA);

        expectCode(() -> venues.approve(adminOfStationA, new ApproveBooking(atA.id())), "R-VEN-2-APPROVER");

        governance.set(tree.adminOfInstituteA(), tree.instituteA().id(), widen());
        expectCode(() -> venues.approve(tree.adminOfInstituteA(), new ApproveBooking(atA.id())), "R-VEN-2-APPROVER");
        assertThat(venues.approve(adminOfStationA, new ApproveBooking(atA.id())).status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    @DisplayName("R-VEN-2 the setting takes only its three values, the default being the committee")
    void theSettingsValues() {
        assertThat(governance.effective(APPROVERS, stationA)).isEqualTo(OtherUseApprovers.COMMITTEE);
        expectCode(() -> governance.set(tree.headOfCenter(), tree.center().id(),
                new SetPolicySetting(APPROVERS.name(), "EVERYONE")), "GOV-INVALID-VALUE");
    }

    private static SetPolicySetting widen() {
        return new SetPolicySetting(APPROVERS.name(), "COMMITTEE_OR_ADMINISTRATORS");
    }

    private int nextHour = 8;

    private Booking pendingBookingAt(UnitId station) {
        return pendingBookingAt(venues, station);
    }

    private Booking pendingBookingAt(VenueService venues, UnitId station) {
        Venue hall = venues.register(administratorAt(station), new RegisterVenue(station, "文化礼堂",
                VenueKind.CULTURE_HALL, VenueOwner.of("村民委员会"), EnumSet.of(PlatformKind.CULTURE), 100));
        int from = nextHour;
        nextHour += 2;
        return venues.book(lecturerAt(station), new BookVenue(hall.id(), at(from), at(from + 1), UsePurpose.OTHER,
                "村民婚宴", aResident()));
    }

    private static void expectCode(Executable call, String code) {
        assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
