package org.civility.core.venue;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Venues and their bookings as the portal uses them. Every method checks access at the venue's
 * station before acting, then applies the rules of DOMAIN §2 and publishes what happened.
 *
 * <p>Transactions: a portal runs each command in one transaction. {@link #book} in particular
 * checks overlap, stores the venue with its booking sequence bumped and then stores the booking;
 * the venue's version makes a concurrent second booking fail with STALE-VERSION (R-VEN-5).
 */
public final class VenueService {

    private final VenueRepository venues;
    private final BookingRepository bookings;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private final NoDoubleBookingPolicy noDoubleBooking = new NoDoubleBookingPolicy();
    private final MaxBookingLengthPolicy maxBookingLength;
    private final CommitteeApprovesOtherUsePolicy approvers;

    public VenueService(VenueRepository venues, BookingRepository bookings, AccessControl access,
                        PolicySettings settings, Clock clock, IdSource ids, EventPublisher events) {
        this.venues = requireNonNull(venues, "venues");
        this.bookings = requireNonNull(bookings, "bookings");
        this.access = requireNonNull(access, "access");
        this.maxBookingLength = new MaxBookingLengthPolicy(requireNonNull(settings, "settings"));
        this.approvers = new CommitteeApprovesOtherUsePolicy(access, settings);
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /** Registers a venue at a station. Needs MANAGE_VENUES there. */
    public Venue register(Actor actor, RegisterVenue command) {
        access.require(actor, Permission.MANAGE_VENUES, command.unit());
        Venue venue = Venue.register(new VenueId(ids.nextId()), command.unit(), command.name(), command.kind(),
                command.owner(), command.platforms(), Optional.ofNullable(command.capacity()));
        Venue stored = venues.store(venue);
        events.publish(new VenueRegistered(stored.id(), stored.unit(), stored.name(), stored.kind(), now()));
        return stored;
    }

    /** Needs VIEW at the venue's station. */
    public Venue get(Actor actor, VenueId id) {
        Venue venue = venue(id);
        access.require(actor, Permission.VIEW, venue.unit());
        return venue;
    }

    /** Venues scheduled by a station, ordered by name. Needs VIEW there. */
    public Page<Venue> listByUnit(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return venues.byUnit(unit, page);
    }

    /** Takes a venue out of scheduling. Needs MANAGE_VENUES at its station. */
    public Venue retire(Actor actor, RetireVenue command) {
        return retire(actor, command, null);
    }

    /**
     * As {@link #retire(Actor, RetireVenue)}, if the venue is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Venue retire(Actor actor, RetireVenue command, Long expectedVersion) {
        Venue venue = venue(command.venue());
        access.require(actor, Permission.MANAGE_VENUES, venue.unit());
        ExpectedVersion.check("venue", venue.id(), expectedVersion, venue.version());
        venue.retire();
        Venue stored = venues.store(venue);
        events.publish(new VenueRetired(stored.id(), stored.unit(), actor.name(), now()));
        return stored;
    }

    /**
     * Books a slot of an active venue. Needs BOOK_VENUES at its station. Practice is confirmed at
     * once, any other use waits for approval (R-VEN-2).
     *
     * @throws CivilityException {@link VenueError#DOUBLE_BOOKING} (R-VEN-5), {@link VenueError#TOO_LONG},
     *                           {@link VenueError#RETIRED}, {@link VenueError#SLOT_INVALID}, STALE-VERSION
     *                           when another booking of the venue was stored concurrently
     */
    public Booking book(Actor actor, BookVenue command) {
        Venue venue = venue(command.venue());
        access.require(actor, Permission.BOOK_VENUES, venue.unit());
        venue.requireActive();
        TimeSlot period = new TimeSlot(command.start(), command.end());
        BookingRequest request = new BookingRequest(venue.unit(), venue.id(), period,
                bookings.overlapping(venue.id(), period));
        Decision.all(maxBookingLength.evaluate(request), noDoubleBooking.evaluate(request)).orThrow();
        Booking booking = Booking.book(new BookingId(ids.nextId()), venue.id(), venue.unit(), actor.name(), now(),
                command.purpose(), command.description(), period, command.user());
        // The venue's version is the lock: a concurrent booking of this venue fails here.
        venue.noteBooking();
        venues.store(venue);
        Booking stored = bookings.store(booking);
        events.publish(new VenueBooked(stored.id(), stored.venue(), stored.unit(), stored.period(),
                stored.purpose(), stored.status(), stored.bookedBy(), stored.bookedAt()));
        return stored;
    }

    /**
     * Approves a non-practice use (R-VEN-2). Needs APPROVE_VENUE_USE at the station (the residents' committee), or
     * MANAGE_VENUES there where a unit above widened the approval ({@link CommitteeApprovesOtherUsePolicy}).
     *
     * @throws CivilityException {@link VenueError#NOT_THE_COMMITTEE} for an administrator where the committee
     *                           alone approves; ACCESS-DENIED for anyone else without APPROVE_VENUE_USE
     */
    public Booking approve(Actor actor, ApproveBooking command) {
        return approve(actor, command, null);
    }

    /**
     * As {@link #approve(Actor, ApproveBooking)}, if the booking is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Booking approve(Actor actor, ApproveBooking command, Long expectedVersion) {
        Booking booking = booking(command.booking());
        approvers.evaluate(new CommitteeApprovesOtherUsePolicy.Approver(actor, booking.unit())).orThrow();
        ExpectedVersion.check("booking", booking.id(), expectedVersion, booking.version());
        Instant at = now();
        booking.approve(actor.name(), at);
        Booking stored = bookings.store(booking);
        events.publish(new BookingApproved(stored.id(), stored.venue(), stored.unit(), actor.name(), at));
        return stored;
    }

    /** Rejects a non-practice use with a reason (R-VEN-2). Needs what {@link #approve(Actor, ApproveBooking)} needs. */
    public Booking reject(Actor actor, RejectBooking command) {
        return reject(actor, command, null);
    }

    /**
     * As {@link #reject(Actor, RejectBooking)}, if the booking is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Booking reject(Actor actor, RejectBooking command, Long expectedVersion) {
        Booking booking = booking(command.booking());
        approvers.evaluate(new CommitteeApprovesOtherUsePolicy.Approver(actor, booking.unit())).orThrow();
        ExpectedVersion.check("booking", booking.id(), expectedVersion, booking.version());
        Instant at = now();
        booking.reject(actor.name(), command.reason(), at);
        Booking stored = bookings.store(booking);
        events.publish(new BookingRejected(stored.id(), stored.venue(), stored.unit(), actor.name(),
                stored.cancellation().orElseThrow().reason(), at));
        return stored;
    }

    /** Cancels an open booking; frees the slot. Needs BOOK_VENUES at the station. */
    public Booking cancel(Actor actor, CancelBooking command) {
        return cancel(actor, command, null);
    }

    /**
     * As {@link #cancel(Actor, CancelBooking)}, if the booking is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Booking cancel(Actor actor, CancelBooking command, Long expectedVersion) {
        Booking booking = booking(command.booking());
        access.require(actor, Permission.BOOK_VENUES, booking.unit());
        ExpectedVersion.check("booking", booking.id(), expectedVersion, booking.version());
        Instant at = now();
        booking.cancel(actor.name(), command.reason(), at);
        Booking stored = bookings.store(booking);
        events.publish(new BookingCancelled(stored.id(), stored.venue(), stored.unit(), actor.name(),
                stored.cancellation().orElseThrow().reason(), at));
        return stored;
    }

    /** Signs a closing-checklist item in the actor's name (R-VEN-3). Needs SIGN_VENUE_CHECKLIST. */
    public Booking signChecklist(Actor actor, SignChecklistItem command) {
        return signChecklist(actor, command, null);
    }

    /**
     * As {@link #signChecklist(Actor, SignChecklistItem)}, if the booking is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Booking signChecklist(Actor actor, SignChecklistItem command, Long expectedVersion) {
        Booking booking = booking(command.booking());
        access.require(actor, Permission.SIGN_VENUE_CHECKLIST, booking.unit());
        ExpectedVersion.check("booking", booking.id(), expectedVersion, booking.version());
        Instant at = now();
        booking.signChecklist(command.item(), actor.name(), at);
        Booking stored = bookings.store(booking);
        events.publish(new ChecklistItemSigned(stored.id(), stored.venue(), stored.unit(), command.item(),
                actor.name(), at));
        return stored;
    }

    /** Closes a used booking once its checklist is complete (R-VEN-3). Needs SIGN_VENUE_CHECKLIST. */
    public Booking close(Actor actor, CloseBooking command) {
        return close(actor, command, null);
    }

    /**
     * As {@link #close(Actor, CloseBooking)}, if the booking is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Booking close(Actor actor, CloseBooking command, Long expectedVersion) {
        Booking booking = booking(command.booking());
        access.require(actor, Permission.SIGN_VENUE_CHECKLIST, booking.unit());
        ExpectedVersion.check("booking", booking.id(), expectedVersion, booking.version());
        Instant at = now();
        booking.close(at);
        Booking stored = bookings.store(booking);
        events.publish(new BookingClosed(stored.id(), stored.venue(), stored.unit(), actor.name(), at));
        return stored;
    }

    /**
     * Records damage against the booking's user (R-VEN-4). Needs MANAGE_VENUES or
     * SIGN_VENUE_CHECKLIST at the station.
     */
    public Booking recordDamage(Actor actor, RecordDamage command) {
        return recordDamage(actor, command, null);
    }

    /**
     * As {@link #recordDamage(Actor, RecordDamage)}, if the booking is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Booking recordDamage(Actor actor, RecordDamage command, Long expectedVersion) {
        Booking booking = booking(command.booking());
        if (!access.permits(actor, Permission.MANAGE_VENUES, booking.unit())) {
            access.require(actor, Permission.SIGN_VENUE_CHECKLIST, booking.unit());
        }
        ExpectedVersion.check("booking", booking.id(), expectedVersion, booking.version());
        Damage damage = booking.recordDamage(command.description(), command.costInFen(), command.responsibleParty(), now());
        Booking stored = bookings.store(booking);
        events.publish(new DamageRecorded(stored.id(), stored.venue(), stored.unit(), damage, actor.name(),
                damage.recordedAt()));
        return stored;
    }

    /** Needs VIEW at the booking's station. */
    public Booking getBooking(Actor actor, BookingId id) {
        Booking booking = booking(id);
        access.require(actor, Permission.VIEW, booking.unit());
        return booking;
    }

    /** Bookings of a venue ordered by start. Needs VIEW at its station. */
    public Page<Booking> listBookings(Actor actor, VenueId venueId, PageRequest page) {
        Venue venue = venue(venueId);
        access.require(actor, Permission.VIEW, venue.unit());
        return bookings.byVenue(venue.id(), page);
    }

    private Venue venue(VenueId id) {
        Texts.required(id, "venue");
        return venues.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "venue", "id", id));
    }

    private Booking booking(BookingId id) {
        Texts.required(id, "booking");
        return bookings.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "booking", "id", id));
    }

    private Instant now() {
        return clock.instant();
    }
}
