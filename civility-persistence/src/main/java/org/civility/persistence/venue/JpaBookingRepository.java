package org.civility.persistence.venue;

import jakarta.persistence.EntityManager;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingId;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.BookingStatus;
import org.civility.core.venue.TimeSlot;
import org.civility.core.venue.VenueId;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link BookingRepository} on JPA. Runs in the caller's transaction; the referenced venue must be
 * stored (foreign key). The overlap query (R-VEN-5) uses the index on venue and start.
 */
public class JpaBookingRepository implements BookingRepository {

    private static final String WHAT = "booking";

    private final EntityManager em;

    public JpaBookingRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Booking> find(BookingId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(BookingEntity.class, id.toString())).map(BookingMapper::toDomain);
    }

    @Override
    public Booking store(Booking booking) {
        requireNonNull(booking, "booking");
        // A new signature or damage alone changes no column of the booking row: bump it anyway.
        BookingEntity e = StoredVersions.store(em, BookingEntity.class, WHAT, booking.id(), booking.version(),
                BookingEntity::new, row -> BookingMapper.copy(booking, row), row -> row.version);
        return BookingMapper.toDomain(e);
    }

    /** Half-open slots: a booking overlaps {@code [start, end)} if it starts before end and ends after start. */
    @Override
    public List<Booking> overlapping(VenueId venue, TimeSlot period) {
        requireNonNull(venue, "venue");
        requireNonNull(period, "period");
        return em.createQuery("""
                        select b from BookingEntity b
                        where b.venueId = :venue and b.status <> :cancelled
                          and b.periodStart < :end and b.periodEnd > :start
                        order by b.periodStart, b.id""", BookingEntity.class)
                .setParameter("venue", venue.toString())
                .setParameter("cancelled", BookingStatus.CANCELLED)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList().stream()
                .map(BookingMapper::toDomain)
                .toList();
    }

    @Override
    public Page<Booking> byVenue(VenueId venue, PageRequest page) {
        requireNonNull(venue, "venue");
        return Pages.of(em.createQuery(
                        "select b from BookingEntity b where b.venueId = :venue order by b.periodStart, b.id",
                        BookingEntity.class)
                .setParameter("venue", venue.toString()), page, BookingMapper::toDomain);
    }
}
