package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingId;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.TimeSlot;
import org.civility.core.venue.VenueId;

/** Bookings in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryBookingRepository implements BookingRepository {

    private static final Comparator<Booking> BY_START_THEN_ID =
            Comparator.comparing((Booking b) -> b.period().start()).thenComparing(b -> b.id().toString());

    private final Map<BookingId, Booking> bookings = new HashMap<>();

    @Override
    public synchronized Optional<Booking> find(BookingId id) {
        return Optional.ofNullable(bookings.get(id)).map(b -> copy(b, b.version()));
    }

    @Override
    public synchronized Booking store(Booking booking) {
        Booking current = bookings.get(booking.id());
        long actual = current == null ? 0 : current.version();
        if (booking.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "booking", "id", booking.id(),
                    "expected", booking.version(), "actual", actual);
        }
        Booking stored = copy(booking, actual + 1);
        bookings.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized List<Booking> overlapping(VenueId venue, TimeSlot period) {
        return bookings.values().stream()
                .filter(b -> b.venue().equals(venue))
                .filter(Booking::blocksSlot)
                .filter(b -> b.period().overlaps(period))
                .sorted(BY_START_THEN_ID)
                .map(b -> copy(b, b.version()))
                .toList();
    }

    @Override
    public synchronized Page<Booking> byVenue(VenueId venue, PageRequest page) {
        return Page.of(bookings.values().stream()
                .filter(b -> b.venue().equals(venue))
                .sorted(BY_START_THEN_ID)
                .map(b -> copy(b, b.version()))
                .toList(), page);
    }

    private static Booking copy(Booking b, long version) {
        return Booking.restore(b.id(), b.venue(), b.unit(), b.bookedBy(), b.bookedAt(), b.purpose(), b.description(),
                b.period(), b.user(), b.status(), b.approval(), b.cancellation(), b.closedAt(), b.checklist(),
                b.damages(), version);
    }
}
