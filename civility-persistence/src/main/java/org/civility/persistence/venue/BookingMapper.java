package org.civility.persistence.venue;

import org.civility.core.organisation.UnitId;
import org.civility.core.venue.Approval;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingId;
import org.civility.core.venue.Cancellation;
import org.civility.core.venue.ChecklistSignature;
import org.civility.core.venue.Damage;
import org.civility.core.venue.TimeSlot;
import org.civility.core.venue.VenueId;
import org.civility.core.venue.VenueUser;

import java.util.List;
import java.util.Optional;

/** Between {@link Booking} and {@link BookingEntity}. */
final class BookingMapper {

    private BookingMapper() {
    }

    /** Rebuilds the booking through {@link Booking#restore}, so a corrupt row fails its invariants. */
    static Booking toDomain(BookingEntity e) {
        Optional<Approval> approval = e.approvedBy == null
                ? Optional.empty() : Optional.of(new Approval(e.approvedBy, e.approvedAt));
        Optional<Cancellation> cancellation = e.cancelledBy == null
                ? Optional.empty()
                : Optional.of(new Cancellation(e.cancelledBy, e.cancelledAt, e.cancelReason,
                        Boolean.TRUE.equals(e.cancelRejected)));
        List<ChecklistSignature> checklist = e.checklist.stream()
                .map(s -> new ChecklistSignature(s.item, s.signedBy, s.signedAt))
                .toList();
        List<Damage> damages = e.damages.stream()
                .map(d -> new Damage(d.description, d.costInFen, d.responsibleParty, d.chargedTo,
                        d.restorationRequired, d.recordedAt))
                .toList();
        return Booking.restore(BookingId.of(e.id), VenueId.of(e.venueId), UnitId.of(e.unitId), e.bookedBy, e.bookedAt,
                e.purpose, e.description, new TimeSlot(e.periodStart, e.periodEnd),
                new VenueUser(e.userName, e.userOutside), e.status, approval, cancellation,
                Optional.ofNullable(e.closedAt), checklist, damages, e.version);
    }

    /** Copies every field but the id and the version, which the entity manages. */
    static void copy(Booking b, BookingEntity e) {
        e.venueId = b.venue().toString();
        e.unitId = b.unit().toString();
        e.bookedBy = b.bookedBy();
        e.bookedAt = b.bookedAt();
        e.purpose = b.purpose();
        e.description = b.description();
        e.periodStart = b.period().start();
        e.periodEnd = b.period().end();
        e.userName = b.user().name();
        e.userOutside = b.user().outsideOrganisation();
        e.status = b.status();
        e.approvedBy = b.approval().map(Approval::approvedBy).orElse(null);
        e.approvedAt = b.approval().map(Approval::approvedAt).orElse(null);
        e.cancelledBy = b.cancellation().map(Cancellation::cancelledBy).orElse(null);
        e.cancelledAt = b.cancellation().map(Cancellation::cancelledAt).orElse(null);
        e.cancelReason = b.cancellation().map(Cancellation::reason).orElse(null);
        e.cancelRejected = b.cancellation().map(Cancellation::rejected).orElse(null);
        e.closedAt = b.closedAt().orElse(null);
        syncUnordered(e.checklist, b.checklist().stream()
                .map(s -> new ChecklistSignatureEmbeddable(s.item(), s.signedBy(), s.signedAt()))
                .toList());
        syncOrdered(e.damages, b.damages().stream()
                .map(d -> new DamageEmbeddable(d.description(), d.costInFen(), d.responsibleParty(), d.chargedTo(),
                        d.restorationRequired(), d.recordedAt()))
                .toList());
    }

    /**
     * Signatures are only ever added and carry no order (the domain orders them by item): touch
     * only the rows that differ, so a second signature never rewrites the first (one row per item).
     */
    private static <T> void syncUnordered(List<T> stored, List<T> wanted) {
        stored.removeIf(s -> !wanted.contains(s));
        for (T w : wanted) {
            if (!stored.contains(w)) {
                stored.add(w);
            }
        }
    }

    /** Damages are only ever appended: keep the stored prefix so only new rows are inserted. */
    private static <T> void syncOrdered(List<T> stored, List<T> wanted) {
        if (stored.equals(wanted)) {
            return;
        }
        if (wanted.size() >= stored.size() && wanted.subList(0, stored.size()).equals(stored)) {
            stored.addAll(wanted.subList(stored.size(), wanted.size()));
            return;
        }
        stored.clear();
        stored.addAll(wanted);
    }
}
