package org.civility.core.venue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

/**
 * One use of a venue for a time slot.
 *
 * <p>Lifecycle: {@link #book booked} as {@link BookingStatus#CONFIRMED} for a practice activity or
 * {@link BookingStatus#PENDING_APPROVAL} for any other use (R-VEN-2); a pending booking is
 * {@link #approve approved} or {@link #reject rejected} by the residents' committee; an open booking
 * may be {@link #cancel cancelled}; a confirmed booking is used, its closing checklist
 * {@link #signChecklist signed} item by item and then {@link #close closed} (R-VEN-3). Damage may
 * be {@link #recordDamage recorded} once confirmed, also after closing (R-VEN-4).
 *
 * <p>Invariants: a pending booking is never used (no checklist signature, damage or closing);
 * a closed booking has every checklist item signed; a confirmed or closed booking for another
 * purpose than practice carries its approval; a cancelled booking carries its cancellation. Whether
 * the slot is free (R-VEN-5) is a matter between bookings, checked by {@link NoDoubleBookingPolicy}.
 */
public final class Booking {

    private final BookingId id;
    private final VenueId venue;
    private final UnitId unit;
    private final String bookedBy;
    private final Instant bookedAt;
    private final UsePurpose purpose;
    private final String description;
    private final TimeSlot period;
    private final VenueUser user;
    private BookingStatus status;
    private Optional<Approval> approval;
    private Optional<Cancellation> cancellation;
    private Optional<Instant> closedAt;
    private final Map<ChecklistItem, ChecklistSignature> checklist;
    private final List<Damage> damages;
    private final long version;

    private Booking(BookingId id, VenueId venue, UnitId unit, String bookedBy, Instant bookedAt,
                    UsePurpose purpose, String description, TimeSlot period, VenueUser user,
                    BookingStatus status, Optional<Approval> approval, Optional<Cancellation> cancellation,
                    Optional<Instant> closedAt, Collection<ChecklistSignature> checklist,
                    List<Damage> damages, long version) {
        this.id = Texts.required(id, "id");
        this.venue = Texts.required(venue, "venue");
        this.unit = Texts.required(unit, "unit");
        this.bookedBy = Texts.required(bookedBy, "bookedBy");
        this.bookedAt = Texts.required(bookedAt, "bookedAt");
        this.purpose = Texts.required(purpose, "purpose");
        this.description = Texts.required(description, "description");
        this.period = Texts.required(period, "period");
        this.user = Texts.required(user, "user");
        this.status = Texts.required(status, "status");
        this.approval = Texts.required(approval, "approval");
        this.cancellation = Texts.required(cancellation, "cancellation");
        this.closedAt = Texts.required(closedAt, "closedAt");
        this.checklist = new EnumMap<>(ChecklistItem.class);
        for (ChecklistSignature s : Texts.required(checklist, "checklist")) {
            if (this.checklist.put(s.item(), s) != null) {
                throw invalid("item " + s.item() + " signed twice");
            }
        }
        this.damages = new ArrayList<>(Texts.required(damages, "damages"));
        this.version = version;
        checkInvariants();
    }

    /**
     * Books a venue's slot. A practice activity is confirmed at once; any other use waits for the
     * residents' committee (R-VEN-2). The caller checks the venue is free ({@link NoDoubleBookingPolicy}).
     *
     * @param unit the station scheduling the venue
     */
    public static Booking book(BookingId id, VenueId venue, UnitId unit, String bookedBy, Instant bookedAt,
                               UsePurpose purpose, String description, TimeSlot period, VenueUser user) {
        BookingStatus initial = purpose == UsePurpose.PRACTICE ? BookingStatus.CONFIRMED : BookingStatus.PENDING_APPROVAL;
        return new Booking(id, venue, unit, bookedBy, bookedAt, purpose, description, period, user, initial,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), 0);
    }

    /** Rebuilds a stored booking, checking the invariants again. For persistence adapters. */
    public static Booking restore(BookingId id, VenueId venue, UnitId unit, String bookedBy, Instant bookedAt,
                                  UsePurpose purpose, String description, TimeSlot period, VenueUser user,
                                  BookingStatus status, Optional<Approval> approval,
                                  Optional<Cancellation> cancellation, Optional<Instant> closedAt,
                                  Collection<ChecklistSignature> checklist, List<Damage> damages, long version) {
        return new Booking(id, venue, unit, bookedBy, bookedAt, purpose, description, period, user, status,
                approval, cancellation, closedAt, checklist, damages, version);
    }

    /**
     * The residents' committee approves a non-practice use (R-VEN-2).
     *
     * @throws CivilityException {@link VenueError#BOOKING_STATE} unless pending
     */
    public void approve(String approvedBy, Instant at) {
        requireStatus("approve", BookingStatus.PENDING_APPROVAL);
        this.approval = Optional.of(new Approval(approvedBy, at));
        this.status = BookingStatus.CONFIRMED;
    }

    /**
     * The residents' committee rejects a non-practice use (R-VEN-2); the slot is freed.
     *
     * @throws CivilityException {@link VenueError#BOOKING_STATE} unless pending; REQUIRED without a reason
     */
    public void reject(String rejectedBy, String reason, Instant at) {
        requireStatus("reject", BookingStatus.PENDING_APPROVAL);
        this.cancellation = Optional.of(new Cancellation(rejectedBy, at, reason, true));
        this.status = BookingStatus.CANCELLED;
    }

    /**
     * Cancels an open booking; the slot is freed.
     *
     * @throws CivilityException {@link VenueError#BOOKING_STATE} unless pending or confirmed
     */
    public void cancel(String cancelledBy, String reason, Instant at) {
        requireStatus("cancel", BookingStatus.PENDING_APPROVAL, BookingStatus.CONFIRMED);
        this.cancellation = Optional.of(new Cancellation(cancelledBy, at, reason, false));
        this.status = BookingStatus.CANCELLED;
    }

    /**
     * Duty staff sign one closing-checklist item (R-VEN-3).
     *
     * @throws CivilityException {@link VenueError#AWAITING_APPROVAL} while pending,
     *                           {@link VenueError#BOOKING_STATE} unless confirmed,
     *                           {@link VenueError#ITEM_ALREADY_SIGNED} for a second signature
     */
    public void signChecklist(ChecklistItem item, String staffName, Instant at) {
        requireInUse("sign-checklist");
        requireStatus("sign-checklist", BookingStatus.CONFIRMED);
        ChecklistSignature existing = checklist.get(Texts.required(item, "item"));
        if (existing != null) {
            throw CivilityException.of(VenueError.ITEM_ALREADY_SIGNED, "booking", id, "item", item,
                    "signedBy", existing.signedBy());
        }
        checklist.put(item, new ChecklistSignature(item, staffName, at));
    }

    /**
     * Closes a used booking once every checklist item is signed (R-VEN-3). The slot stays occupied.
     *
     * @throws CivilityException {@link VenueError#AWAITING_APPROVAL} while pending,
     *                           {@link VenueError#BOOKING_STATE} unless confirmed,
     *                           {@link VenueError#CHECKLIST_INCOMPLETE} listing the unsigned items
     */
    public void close(Instant at) {
        requireInUse("close");
        requireStatus("close", BookingStatus.CONFIRMED);
        Texts.required(at, "at");
        Set<ChecklistItem> unsigned = unsignedItems();
        if (!unsigned.isEmpty()) {
            throw CivilityException.of(VenueError.CHECKLIST_INCOMPLETE, "booking", id, "unsigned", List.copyOf(unsigned));
        }
        this.closedAt = Optional.of(at);
        this.status = BookingStatus.CLOSED;
    }

    /**
     * Records damage against the booking's user, compensated at cost; an outside organisation must
     * also restore the venue (R-VEN-4). Allowed once confirmed, also after closing.
     *
     * @return the damage as recorded
     * @throws CivilityException {@link VenueError#AWAITING_APPROVAL} while pending,
     *                           {@link VenueError#BOOKING_STATE} when cancelled,
     *                           {@link VenueError#DAMAGE_COST_INVALID} for a negative cost
     */
    public Damage recordDamage(String description, long costInFen, String responsibleParty, Instant at) {
        requireInUse("record-damage");
        requireStatus("record-damage", BookingStatus.CONFIRMED, BookingStatus.CLOSED);
        Damage damage = new Damage(description, costInFen, responsibleParty, user.name(),
                user.outsideOrganisation(), at);
        damages.add(damage);
        return damage;
    }

    /** The checklist items not signed yet, in checklist order. */
    public Set<ChecklistItem> unsignedItems() {
        Set<ChecklistItem> unsigned = EnumSet.allOf(ChecklistItem.class);
        unsigned.removeAll(checklist.keySet());
        return Collections.unmodifiableSet(unsigned);
    }

    /** True if this booking occupies its slot (R-VEN-5): anything but cancelled. */
    public boolean blocksSlot() {
        return status.blocksSlot();
    }

    /** Sum of all damage costs in fen. */
    public long totalDamageInFen() {
        return damages.stream().mapToLong(Damage::costInFen).sum();
    }

    public BookingId id() {
        return id;
    }

    public VenueId venue() {
        return venue;
    }

    /** The station scheduling the venue. */
    public UnitId unit() {
        return unit;
    }

    public String bookedBy() {
        return bookedBy;
    }

    public Instant bookedAt() {
        return bookedAt;
    }

    public UsePurpose purpose() {
        return purpose;
    }

    public String description() {
        return description;
    }

    public TimeSlot period() {
        return period;
    }

    public VenueUser user() {
        return user;
    }

    public BookingStatus status() {
        return status;
    }

    public Optional<Approval> approval() {
        return approval;
    }

    public Optional<Cancellation> cancellation() {
        return cancellation;
    }

    public Optional<Instant> closedAt() {
        return closedAt;
    }

    /** Signatures in checklist order, unmodifiable. */
    public List<ChecklistSignature> checklist() {
        return List.copyOf(checklist.values());
    }

    /** Damages in the order recorded, unmodifiable. */
    public List<Damage> damages() {
        return List.copyOf(damages);
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    private void requireInUse(String action) {
        if (status == BookingStatus.PENDING_APPROVAL) {
            throw CivilityException.of(VenueError.AWAITING_APPROVAL, "booking", id, "action", action);
        }
    }

    private void requireStatus(String action, BookingStatus... allowed) {
        for (BookingStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw CivilityException.of(VenueError.BOOKING_STATE, "booking", id, "status", status, "action", action);
    }

    private void checkInvariants() {
        if (version < 0) {
            throw invalid("negative version");
        }
        if (status == BookingStatus.PENDING_APPROVAL && purpose == UsePurpose.PRACTICE) {
            throw invalid("a practice booking is never pending");
        }
        boolean used = status == BookingStatus.CONFIRMED || status == BookingStatus.CLOSED;
        if (used && purpose == UsePurpose.OTHER && approval.isEmpty()) {
            throw CivilityException.of(VenueError.AWAITING_APPROVAL, "booking", id, "action", "restore");
        }
        if (status == BookingStatus.PENDING_APPROVAL && (approval.isPresent() || !checklist.isEmpty() || !damages.isEmpty())) {
            throw CivilityException.of(VenueError.AWAITING_APPROVAL, "booking", id, "action", "restore");
        }
        if ((status == BookingStatus.CANCELLED) != cancellation.isPresent()) {
            throw invalid("a cancellation is present exactly when cancelled");
        }
        if ((status == BookingStatus.CLOSED) != closedAt.isPresent()) {
            throw invalid("a closing time is present exactly when closed");
        }
        if (status == BookingStatus.CLOSED && !unsignedItems().isEmpty()) {
            throw CivilityException.of(VenueError.CHECKLIST_INCOMPLETE, "booking", id, "unsigned", List.copyOf(unsignedItems()));
        }
    }

    private CivilityException invalid(String reason) {
        return CivilityException.of(VenueError.STATE_INVALID, "what", "booking", "id", id, "reason", reason);
    }

    @Override
    public String toString() {
        return "Booking[" + id + " " + venue + " " + period + " " + status + " v" + version + "]";
    }
}
