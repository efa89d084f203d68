package org.civility.core.contract;

import java.util.List;
import java.util.UUID;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.venue.Approval;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingId;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.BookingStatus;
import org.civility.core.venue.Cancellation;
import org.civility.core.venue.ChecklistItem;
import org.civility.core.venue.ChecklistSignature;
import org.civility.core.venue.Damage;
import org.civility.core.venue.UsePurpose;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueRepository;
import org.civility.core.venue.VenueUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VenueFixtures.aBooking;
import static org.civility.core.fixtures.VenueFixtures.aVenue;
import static org.civility.core.fixtures.VenueFixtures.anOutsideOrganisation;
import static org.civility.core.fixtures.VenueFixtures.at;
import static org.civility.core.fixtures.VenueFixtures.slot;

/**
 * What every {@link BookingRepository} must do. Subclass it per adapter; bookings refer to a venue
 * stored first through {@link #venueRepository()}. Tests use fresh ids and never assume an empty store.
 */
public abstract class BookingRepositoryContract {

    protected abstract BookingRepository repository();

    /** Where the venues the bookings refer to are stored (an adapter may enforce the reference). */
    protected abstract VenueRepository venueRepository();

    private Venue storedVenue() {
        return venueRepository().store(aVenue().build());
    }

    @Test
    void roundTripsEveryFieldOfAClosedBookingWithChecklistAndDamages() {
        Venue venue = storedVenue();
        Booking booking = aBooking().of(venue).forOtherUse().bookedBy("李老师").usedBy(anOutsideOrganisation())
                .during(slot(9, 11)).build();
        booking.approve("王主任", at(8));
        ChecklistItem[] items = ChecklistItem.values();
        for (int i = 0; i < items.length; i++) {
            booking.signChecklist(items[i], i % 2 == 0 ? "赵值班" : "钱值班", at(11).plusSeconds(i));
        }
        booking.close(at(12));
        booking.recordDamage("投影仪镜头碎裂", 120_000, "张小明", at(13));
        booking.recordDamage("椅子腿断", 0, "阳光幼儿园", at(14));

        repository().store(booking);
        Booking found = repository().find(booking.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(booking.id());
        assertThat(found.venue()).isEqualTo(venue.id());
        assertThat(found.unit()).isEqualTo(venue.unit());
        assertThat(found.bookedBy()).isEqualTo("李老师");
        assertThat(found.bookedAt()).isEqualTo(at(7));
        assertThat(found.purpose()).isEqualTo(UsePurpose.OTHER);
        assertThat(found.description()).isEqualTo(booking.description());
        assertThat(found.period()).isEqualTo(slot(9, 11));
        assertThat(found.user()).isEqualTo(VenueUser.outsideOrganisation("阳光幼儿园"));
        assertThat(found.status()).isEqualTo(BookingStatus.CLOSED);
        assertThat(found.approval()).contains(new Approval("王主任", at(8)));
        assertThat(found.cancellation()).isEmpty();
        assertThat(found.closedAt()).contains(at(12));
        assertThat(found.checklist()).containsExactly(
                new ChecklistSignature(ChecklistItem.MULTIMEDIA_EQUIPMENT, "赵值班", at(11)),
                new ChecklistSignature(ChecklistItem.FIRE_EQUIPMENT, "钱值班", at(11).plusSeconds(1)),
                new ChecklistSignature(ChecklistItem.POWER_CUT, "赵值班", at(11).plusSeconds(2)),
                new ChecklistSignature(ChecklistItem.WINDOWS_SHUT, "钱值班", at(11).plusSeconds(3)),
                new ChecklistSignature(ChecklistItem.FIRE_CHECK, "赵值班", at(11).plusSeconds(4)),
                new ChecklistSignature(ChecklistItem.DOOR_LOCKED, "钱值班", at(11).plusSeconds(5)));
        assertThat(found.damages()).containsExactly(
                new Damage("投影仪镜头碎裂", 120_000, "张小明", "阳光幼儿园", true, at(13)),
                new Damage("椅子腿断", 0, "阳光幼儿园", "阳光幼儿园", true, at(14)));
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void roundTripsAPendingBooking() {
        Venue venue = storedVenue();
        Booking booking = aBooking().of(venue).forOtherUse().build();

        repository().store(booking);
        Booking found = repository().find(booking.id()).orElseThrow();

        assertThat(found.status()).isEqualTo(BookingStatus.PENDING_APPROVAL);
        assertThat(found.approval()).isEmpty();
        assertThat(found.cancellation()).isEmpty();
        assertThat(found.closedAt()).isEmpty();
        assertThat(found.checklist()).isEmpty();
        assertThat(found.damages()).isEmpty();
        assertThat(found.user().outsideOrganisation()).isFalse();
    }

    @Test
    void roundTripsARejection() {
        Venue venue = storedVenue();
        Booking booking = aBooking().of(venue).forOtherUse().build();
        booking.reject("王主任", "商业用途", at(8));

        repository().store(booking);

        assertThat(repository().find(booking.id()).orElseThrow().cancellation())
                .contains(new Cancellation("王主任", at(8), "商业用途", true));
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new BookingId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void bumpsTheVersionOnEveryStoreAndKeepsAddedSignatures() {
        Venue venue = storedVenue();
        Booking stored = repository().store(aBooking().of(venue).build());

        stored.signChecklist(ChecklistItem.POWER_CUT, "赵值班", at(12));
        Booking again = repository().store(stored);
        again.cancel("李老师", "停电", at(13));
        Booking third = repository().store(again);

        assertThat(third.version()).isEqualTo(3);
        Booking found = repository().find(stored.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.checklist()).containsExactly(new ChecklistSignature(ChecklistItem.POWER_CUT, "赵值班", at(12)));
        assertThat(found.cancellation()).contains(new Cancellation("李老师", at(13), "停电", false));
    }

    @Test
    void rejectsAStaleVersion() {
        Venue venue = storedVenue();
        Booking booking = repository().store(aBooking().of(venue).build());
        Booking first = repository().find(booking.id()).orElseThrow();
        Booking second = repository().find(booking.id()).orElseThrow();
        first.signChecklist(ChecklistItem.DOOR_LOCKED, "赵值班", at(12));
        repository().store(first);

        second.cancel("李老师", "改期", at(12));

        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("STALE-VERSION");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
        assertThat(repository().find(booking.id()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void changesOfAFoundBookingStayUnstoredUntilStored() {
        Venue venue = storedVenue();
        Booking booking = repository().store(aBooking().of(venue).build());

        repository().find(booking.id()).orElseThrow().recordDamage("玻璃", 100, "某人", at(12));

        assertThat(repository().find(booking.id()).orElseThrow().damages()).isEmpty();
    }

    @Test
    void overlappingReturnsTheBookingsThatHoldAnOverlappingSlotOrderedByStart() {
        Venue venue = storedVenue();
        Booking confirmed = repository().store(aBooking().of(venue).during(slot(8, 10)).build());
        Booking pending = repository().store(aBooking().of(venue).forOtherUse().during(slot(10, 12)).build());
        Booking cancelled = aBooking().of(venue).during(slot(11, 13)).build();
        cancelled.cancel("李老师", "改期", at(7));
        repository().store(cancelled);
        Booking closed = aBooking().of(venue).during(slot(12, 14)).build();
        for (ChecklistItem item : ChecklistItem.values()) {
            closed.signChecklist(item, "赵值班", at(14));
        }
        closed.close(at(14));
        repository().store(closed);
        Booking adjacent = repository().store(aBooking().of(venue).during(slot(14, 16)).build());
        repository().store(aBooking().of(storedVenue()).during(slot(10, 12)).build());

        List<Booking> blocking = repository().overlapping(venue.id(), slot(9, 14));

        assertThat(blocking).extracting(Booking::id).containsExactly(confirmed.id(), pending.id(), closed.id());
        assertThat(repository().overlapping(venue.id(), slot(14, 16))).extracting(Booking::id)
                .containsExactly(adjacent.id());
        assertThat(repository().overlapping(venue.id(), slot(16, 18))).isEmpty();
    }

    @Test
    void listsTheBookingsOfAVenueByStartInPages() {
        Venue venue = storedVenue();
        Booking late = repository().store(aBooking().of(venue).during(slot(16, 18)).build());
        Booking early = repository().store(aBooking().of(venue).during(slot(8, 10)).build());
        Booking cancelled = aBooking().of(venue).during(slot(12, 14)).build();
        cancelled.cancel("李老师", "改期", at(7));
        repository().store(cancelled);
        repository().store(aBooking().of(storedVenue()).during(slot(9, 10)).build());

        Page<Booking> first = repository().byVenue(venue.id(), new PageRequest(0, 2));
        Page<Booking> second = repository().byVenue(venue.id(), new PageRequest(2, 2));

        assertThat(first.items()).extracting(Booking::id).containsExactly(early.id(), cancelled.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Booking::id).containsExactly(late.id());
        assertThat(second.hasMore()).isFalse();
    }
}
