package org.civility.core.venue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.civility.core.access.Actor;
import org.civility.core.fixtures.VenueFixtures.Network;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.memory.InMemoryVenueRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DomainEvent;
import org.civility.core.shared.ErrorKind;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VenueFixtures.aNetwork;
import static org.civility.core.fixtures.VenueFixtures.aResident;
import static org.civility.core.fixtures.VenueFixtures.administratorAt;
import static org.civility.core.fixtures.VenueFixtures.anOutsideOrganisation;
import static org.civility.core.fixtures.VenueFixtures.at;
import static org.civility.core.fixtures.VenueFixtures.committeeAt;
import static org.civility.core.fixtures.VenueFixtures.dutyStaffAt;
import static org.civility.core.fixtures.VenueFixtures.lecturerAt;
import static org.civility.core.fixtures.VenueFixtures.residentAt;

class VenueServiceTest {

    private final Network network = aNetwork();
    private final UnitId station = network.station();
    private final InMemoryVenueRepository venues = new InMemoryVenueRepository();
    private final InMemoryBookingRepository bookings = new InMemoryBookingRepository();
    private final List<DomainEvent> events = new ArrayList<>();
    private final VenueService service = serviceWith(bookings, PolicySettings.defaults());

    private final Actor admin = administratorAt(station);
    private final Actor lecturer = lecturerAt(station);
    private final Actor committee = committeeAt(station);
    private final Actor dutyStaff = dutyStaffAt(station);

    @Test
    void registersVenueAndPublishesIt() {
        Venue venue = service.register(admin, registration(station));

        assertThat(venue.version()).isEqualTo(1);
        assertThat(service.get(residentAt(station), venue.id())).usingRecursiveComparison().isEqualTo(venue);
        assertThat(events).containsExactly(new VenueRegistered(venue.id(), station, "道德讲堂", VenueKind.ETHICS_HALL, at(7)));
    }

    @Test
    void anAdministratorAboveTheStationManagesItsVenues() {
        Venue venue = service.register(administratorAt(network.institute()), registration(station));

        assertThat(service.listByUnit(admin, station, PageRequest.firstPage()).items())
                .extracting(Venue::id).containsExactly(venue.id());
    }

    @Test
    @DisplayName("R-VEN-1 registering and booking a venue at the station keeps its owner")
    void schedulingKeepsTheOwner() {
        Venue venue = registerHall();

        service.book(lecturer, practice(venue, 10, 12));

        Venue after = service.get(admin, venue.id());
        assertThat(after.owner()).isEqualTo(VenueOwner.of("东风村村民委员会", "0571-12345678"));
        assertThat(after.bookingSequence()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-VEN-2 a practice booking is confirmed at once; another use waits, then the committee approves it")
    void practiceConfirmedOtherUseApproved() {
        Venue venue = registerHall();

        Booking practice = service.book(lecturer, practice(venue, 8, 10));
        Booking other = service.book(lecturer, otherUse(venue, 10, 12));
        Booking approved = service.approve(committee, new ApproveBooking(other.id()));

        assertThat(practice.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(other.status()).isEqualTo(BookingStatus.PENDING_APPROVAL);
        assertThat(approved.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(approved.approval()).contains(new Approval(committee.name(), at(7)));
        assertThat(events).contains(new BookingApproved(other.id(), venue.id(), station, committee.name(), at(7)));
    }

    @Test
    @DisplayName("R-VEN-2 only the residents' committee (APPROVE_VENUE_USE) approves; rejection cancels with a reason")
    void onlyCommitteeApproves() {
        Venue venue = registerHall();
        Booking other = service.book(lecturer, otherUse(venue, 10, 12));

        expectCode(() -> service.approve(dutyStaff, new ApproveBooking(other.id())), "ACCESS-DENIED");
        Booking rejected = service.reject(committee, new RejectBooking(other.id(), "商业用途"));

        assertThat(rejected.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(rejected.cancellation().orElseThrow().reason()).isEqualTo("商业用途");
        assertThat(rejected.cancellation().orElseThrow().rejected()).isTrue();
    }

    @Test
    @DisplayName("R-VEN-2 a pending booking can't be closed or signed")
    void pendingCannotBeUsed() {
        Venue venue = registerHall();
        Booking other = service.book(lecturer, otherUse(venue, 10, 12));

        expectCode(() -> service.signChecklist(dutyStaff, new SignChecklistItem(other.id(), ChecklistItem.DOOR_LOCKED)), "R-VEN-2");
        expectCode(() -> service.close(dutyStaff, new CloseBooking(other.id())), "R-VEN-2");
    }

    @Test
    @DisplayName("R-VEN-3 duty staff sign every checklist item in their name, then close")
    void signAndClose() {
        Venue venue = registerHall();
        Booking booking = service.book(lecturer, practice(venue, 10, 12));

        expectCode(() -> service.close(dutyStaff, new CloseBooking(booking.id())), "R-VEN-3");
        for (ChecklistItem item : ChecklistItem.values()) {
            service.signChecklist(dutyStaff, new SignChecklistItem(booking.id(), item));
        }
        Booking closed = service.close(dutyStaff, new CloseBooking(booking.id()));

        assertThat(closed.status()).isEqualTo(BookingStatus.CLOSED);
        assertThat(closed.checklist()).allSatisfy(s -> assertThat(s.signedBy()).isEqualTo(dutyStaff.name()));
        assertThat(events).contains(new BookingClosed(booking.id(), venue.id(), station, dutyStaff.name(), at(7)));
    }

    @Test
    @DisplayName("R-VEN-3 a lecturer without SIGN_VENUE_CHECKLIST can't sign")
    void lecturerCannotSign() {
        Venue venue = registerHall();
        Booking booking = service.book(lecturer, practice(venue, 10, 12));

        expectCode(() -> service.signChecklist(lecturer, new SignChecklistItem(booking.id(), ChecklistItem.POWER_CUT)),
                "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-VEN-4 duty staff or managers record damage against the user; an outside organisation must restore")
    void recordDamage() {
        Venue venue = registerHall();
        Booking booking = service.book(lecturer, new BookVenue(venue.id(), at(10), at(12), UsePurpose.PRACTICE,
                "亲子阅读", anOutsideOrganisation()));

        service.recordDamage(dutyStaff, new RecordDamage(booking.id(), "书架倒塌", 50_000, "阳光幼儿园"));
        Booking after = service.recordDamage(admin, new RecordDamage(booking.id(), "地毯污损", 2_000, "阳光幼儿园"));

        assertThat(after.damages()).hasSize(2).allSatisfy(d -> {
            assertThat(d.chargedTo()).isEqualTo("阳光幼儿园");
            assertThat(d.restorationRequired()).isTrue();
        });
        assertThat(events).filteredOn(DamageRecorded.class::isInstance).hasSize(2);
        expectCode(() -> service.recordDamage(lecturer, new RecordDamage(booking.id(), "x", 1, "y")), "ACCESS-DENIED");
    }

    @Test
    @DisplayName("R-VEN-5 a second booking overlapping a pending one is rejected as a conflict")
    void rejectsOverlappingBooking() {
        Venue venue = registerHall();
        Booking first = service.book(lecturer, otherUse(venue, 10, 12));

        assertThatThrownBy(() -> service.book(lecturer, practice(venue, 11, 13)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-VEN-5");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.args()).containsEntry("conflictingBooking", first.id())
                            .containsEntry("conflictingStart", at(10)).containsEntry("conflictingEnd", at(12));
                });
        assertThat(service.listBookings(admin, venue.id(), PageRequest.firstPage()).items()).hasSize(1);
    }

    @Test
    @DisplayName("R-VEN-5 adjacent bookings [10-12) and [12-14) are both taken")
    void adjacentBookingsAreTaken() {
        Venue venue = registerHall();

        service.book(lecturer, practice(venue, 12, 14));
        service.book(lecturer, practice(venue, 10, 12));

        Page<Booking> page = service.listBookings(admin, venue.id(), PageRequest.firstPage());
        assertThat(page.items()).extracting(b -> b.period().start()).containsExactly(at(10), at(12));
    }

    @Test
    @DisplayName("R-VEN-5 a cancelled booking frees the slot")
    void cancelledBookingFreesTheSlot() {
        Venue venue = registerHall();
        Booking first = service.book(lecturer, practice(venue, 10, 12));

        service.cancel(lecturer, new CancelBooking(first.id(), "讲师生病"));
        Booking second = service.book(lecturer, practice(venue, 10, 12));

        assertThat(second.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    @DisplayName("R-VEN-5 two concurrent bookings of one venue collide on the venue's version")
    void concurrentBookingsCollideOnVenueVersion() {
        Venue venue = registerHall();
        VenueService competitor = serviceWith(bookings, PolicySettings.defaults());
        BookingRepository racing = new BookingRepository() {
            private boolean raced;

            @Override
            public Optional<Booking> find(BookingId id) {
                return bookings.find(id);
            }

            @Override
            public Booking store(Booking booking) {
                return bookings.store(booking);
            }

            @Override
            public List<Booking> overlapping(VenueId v, TimeSlot period) {
                List<Booking> seen = bookings.overlapping(v, period);
                if (!raced) {
                    raced = true;
                    // another portal request books the same slot after this one checked the overlap
                    competitor.book(lecturer, practice(venue, 10, 12));
                }
                return seen;
            }

            @Override
            public Page<Booking> byVenue(VenueId v, PageRequest page) {
                return bookings.byVenue(v, page);
            }
        };
        VenueService slow = serviceWith(racing, PolicySettings.defaults());

        expectCode(() -> slow.book(lecturer, practice(venue, 10, 12)), "STALE-VERSION");
        assertThat(bookings.byVenue(venue.id(), PageRequest.firstPage()).items()).hasSize(1);
    }

    @Test
    void rejectsBookingLongerThanTheSetting() {
        Venue venue = registerHall();
        VenueService strict = serviceWith(bookings, new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.equals(MaxBookingLengthPolicy.MAX_BOOKING_HOURS) ? (T) Integer.valueOf(4) : key.defaultValue();
            }
        });

        expectCode(() -> strict.book(lecturer, practice(venue, 8, 13)), "VENUE-TOO-LONG");
        assertThat(strict.book(lecturer, practice(venue, 8, 12)).status()).isEqualTo(BookingStatus.CONFIRMED);
        expectCode(() -> service.book(lecturer, practice(venue, 0, 13)), "VENUE-TOO-LONG");
    }

    @Test
    void aRetiredVenueTakesNoBookings() {
        Venue venue = registerHall();

        service.retire(admin, new RetireVenue(venue.id()));

        expectCode(() -> service.book(lecturer, practice(venue, 10, 12)), "VENUE-RETIRED");
    }

    @Test
    void anActorOfAnotherStationIsDenied() {
        Venue venue = registerHall();
        Booking booking = service.book(lecturer, otherUse(venue, 10, 12));
        UnitId elsewhere = network.otherStation();

        expectCode(() -> service.register(administratorAt(elsewhere), registration(station)), "ACCESS-DENIED");
        expectCode(() -> service.get(administratorAt(elsewhere), venue.id()), "ACCESS-DENIED");
        expectCode(() -> service.listByUnit(administratorAt(elsewhere), station, PageRequest.firstPage()), "ACCESS-DENIED");
        expectCode(() -> service.retire(administratorAt(elsewhere), new RetireVenue(venue.id())), "ACCESS-DENIED");
        expectCode(() -> service.book(lecturerAt(elsewhere), practice(venue, 14, 16)), "ACCESS-DENIED");
        expectCode(() -> service.approve(committeeAt(elsewhere), new ApproveBooking(booking.id())), "ACCESS-DENIED");
        expectCode(() -> service.reject(committeeAt(elsewhere), new RejectBooking(booking.id(), "x")), "ACCESS-DENIED");
        expectCode(() -> service.cancel(lecturerAt(elsewhere), new CancelBooking(booking.id(), "x")), "ACCESS-DENIED");
        expectCode(() -> service.getBooking(administratorAt(elsewhere), booking.id()), "ACCESS-DENIED");
        expectCode(() -> service.listBookings(administratorAt(elsewhere), venue.id(), PageRequest.firstPage()), "ACCESS-DENIED");
        assertThat(service.getBooking(committee, booking.id()).status()).isEqualTo(BookingStatus.PENDING_APPROVAL);
    }

    @Test
    void unknownVenueOrBookingIsNotFound() {
        expectCode(() -> service.get(admin, new VenueId(java.util.UUID.randomUUID())), "NOT-FOUND");
        expectCode(() -> service.getBooking(admin, new BookingId(java.util.UUID.randomUUID())), "NOT-FOUND");
    }

    private VenueService serviceWith(BookingRepository bookingRepository, PolicySettings settings) {
        return new VenueService(venues, bookingRepository, network.accessControl(), settings,
                Clock.fixed(at(7), ZoneOffset.UTC), IdSource.random(), events::add);
    }

    private Venue registerHall() {
        Venue venue = service.register(admin, registration(station));
        events.clear();
        return venue;
    }

    private static RegisterVenue registration(UnitId unit) {
        return new RegisterVenue(unit, "道德讲堂", VenueKind.ETHICS_HALL, VenueOwner.of("东风村村民委员会", "0571-12345678"),
                EnumSet.of(PlatformKind.THEORY_OUTREACH, PlatformKind.CULTURE), 80);
    }

    private static BookVenue practice(Venue venue, int from, int to) {
        return new BookVenue(venue.id(), at(from), at(to), UsePurpose.PRACTICE, "理论宣讲", aResident());
    }

    private static BookVenue otherUse(Venue venue, int from, int to) {
        return new BookVenue(venue.id(), at(from), at(to), UsePurpose.OTHER, "业主大会", aResident());
    }

    private static void expectCode(Executable call, String code) {
        assertThatThrownBy(call::execute)
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void theCommitteeApprovesOnlyTheBookingAsItWasRead() {
        Venue venue = registerHall();
        Booking read = service.book(lecturer, otherUse(venue, 10, 12));

        expectCode(() -> service.approve(dutyStaff, new ApproveBooking(read.id()), read.version() + 1),
                "ACCESS-DENIED");
        expectCode(() -> service.approve(committee, new ApproveBooking(read.id()), read.version() + 1),
                "STALE-VERSION");
        assertThat(service.approve(committee, new ApproveBooking(read.id()), read.version()).status())
                .isEqualTo(BookingStatus.CONFIRMED);
    }
}
