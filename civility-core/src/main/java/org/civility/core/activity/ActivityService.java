package org.civility.core.activity;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingId;
import org.civility.core.venue.BookingRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Plans activities and takes sign-ups. Planning, cancelling and marking held need
 * {@link Permission#MANAGE_ACTIVITIES} at the activity's unit; signing up and withdrawing one's own
 * sign-up {@link Permission#SIGN_UP}; reads {@link Permission#VIEW}. An actor takes part as
 * {@link Participant#of(Actor)}: its volunteer record if linked to one, else as a resident by name.
 * A venue booking an activity refers to must exist, be booked by the activity's unit, a unit below it or above it
 * (a station schedules the venues its practice points use), never by another branch ({@code
 * REFERENCE-OUTSIDE-SUBTREE}, before its status is looked at), and still hold its slot.
 */
public final class ActivityService {

    /** When a template activity starts if no start is given, on the first day of its season. */
    public static final LocalTime DEFAULT_TEMPLATE_START = LocalTime.of(9, 0);

    private final ActivityRepository activities;
    private final BookingRepository bookings;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private final ZoneId zone;

    /**
     * @param zone where seasons of {@link ProgrammeTemplate}s are reckoned (Asia/Shanghai by default in portals)
     */
    public ActivityService(ActivityRepository activities, BookingRepository bookings, AccessControl access,
                           Clock clock, IdSource ids, EventPublisher events, ZoneId zone) {
        this.activities = requireNonNull(activities, "activities");
        this.bookings = requireNonNull(bookings, "bookings");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.zone = requireNonNull(zone, "zone");
    }

    /**
     * Plans an activity.
     *
     * @throws CivilityException {@code ACCESS-DENIED}, {@code NOT-FOUND} (booking), {@code REFERENCE-OUTSIDE-SUBTREE}
     *                           (a booking of another subtree), {@code ACTIVITY-BOOKING-UNUSABLE},
     *                           {@code ACTIVITY-SCHEDULE-INVALID}, {@code ACTIVITY-TITLE-INVALID},
     *                           {@code ACTIVITY-DESCRIPTION-INVALID}, {@code ACTIVITY-THEMES-REQUIRED},
     *                           {@code ACTIVITY-CAPACITY-INVALID}
     */
    public Activity plan(Actor actor, PlanActivity command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_ACTIVITIES, command.unit());
        command.booking().ifPresent(b -> checkBooking(b, command.unit()));
        Instant now = clock.instant();
        Activity activity = Activity.plan(new ActivityId(ids.nextId()), command.unit(), command.form(), command.themes(),
                command.title(), command.description(), new Schedule(command.start(), command.end()), command.booking(),
                command.capacity(), now);
        return planned(activities.store(activity), now);
    }

    /**
     * Creates the activity of a seasonal programme for a year: the template's form, themes, name
     * (with the year) and description, lasting its default duration.
     *
     * @throws CivilityException {@code ACCESS-DENIED}, {@code ACTIVITY-TEMPLATE-UNKNOWN},
     *                           {@code ACTIVITY-OUT-OF-SEASON} if the start lies outside the season of that year
     */
    public Activity createFromTemplate(Actor actor, CreateFromTemplate command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_ACTIVITIES, command.unit());
        ProgrammeTemplate template = ProgrammeTemplates.byCode(command.template()).orElseThrow(() ->
                CivilityException.of(ActivityError.TEMPLATE_UNKNOWN, "template", command.template()));
        return createFromTemplate(actor, command.unit(), template, command.year(), command.start(), command.capacity());
    }

    /**
     * Creates the activity of any programme template (built-in or the portal's own) for a year, as
     * {@link #createFromTemplate(Actor, CreateFromTemplate)} does.
     *
     * @param start empty for {@link #DEFAULT_TEMPLATE_START} on the first day of the season
     * @throws CivilityException {@code ACCESS-DENIED}, {@code ACTIVITY-OUT-OF-SEASON}, {@code ACTIVITY-CAPACITY-INVALID}
     */
    public Activity createFromTemplate(Actor actor, UnitId unit, ProgrammeTemplate template, int year,
                                       Optional<Instant> start, Optional<Integer> capacity) {
        requireNonNull(unit, "unit");
        requireNonNull(template, "template");
        access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        Instant begin = start.orElseGet(() ->
                template.seasonStartIn(year).atTime(DEFAULT_TEMPLATE_START).atZone(zone).toInstant());
        LocalDate day = begin.atZone(zone).toLocalDate();
        if (!template.isInSeason(year, day)) {
            throw CivilityException.of(ActivityError.OUT_OF_SEASON, "template", template.code(), "year", year,
                    "from", template.seasonStartIn(year), "to", template.seasonEndIn(year));
        }
        Instant now = clock.instant();
        Activity activity = Activity.plan(new ActivityId(ids.nextId()), unit, template.form(), template.themes(),
                template.name() + " " + year, template.description(),
                new Schedule(begin, begin.plus(template.defaultDuration())), Optional.empty(), capacity, now);
        return planned(activities.store(activity), now);
    }

    /**
     * Signs the actor up, confirmed while places remain, else on the waiting list.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code ACTIVITY-SIGN-UP-CLOSED},
     *                           {@code ACTIVITY-ALREADY-SIGNED-UP}
     */
    public Activity signUp(Actor actor, ActivityId id) {
        return signUp(actor, id, null);
    }

    /**
     * As {@link #signUp(Actor, ActivityId)}, if the activity is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Activity signUp(Actor actor, ActivityId id, Long expectedVersion) {
        Activity activity = load(id);
        access.require(actor, Permission.SIGN_UP, activity.unit());
        ExpectedVersion.check("activity", activity.id(), expectedVersion, activity.version());
        Participant participant = Participant.of(actor);
        Instant now = clock.instant();
        SignUpStatus status = activity.signUp(participant, now);
        Activity stored = activities.store(activity);
        events.publish(new ParticipantSignedUp(stored.id(), participant, status, now));
        return stored;
    }

    /**
     * Withdraws the actor's own sign-up; a freed place goes to the first waiting participant.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code ACTIVITY-SIGN-UP-CLOSED},
     *                           {@code ACTIVITY-NOT-SIGNED-UP}
     */
    public Activity cancelSignUp(Actor actor, ActivityId id) {
        return cancelSignUp(actor, id, null);
    }

    /**
     * As {@link #cancelSignUp(Actor, ActivityId)}, if the activity is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Activity cancelSignUp(Actor actor, ActivityId id, Long expectedVersion) {
        Activity activity = load(id);
        access.require(actor, Permission.SIGN_UP, activity.unit());
        ExpectedVersion.check("activity", activity.id(), expectedVersion, activity.version());
        Participant participant = Participant.of(actor);
        Instant now = clock.instant();
        Optional<Participant> promoted = activity.cancelSignUp(participant, now);
        Activity stored = activities.store(activity);
        events.publish(new SignUpCancelled(stored.id(), participant, now));
        promoted.ifPresent(p -> events.publish(new ParticipantPromoted(stored.id(), p, now)));
        return stored;
    }

    /**
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code ACTIVITY-NOT-PLANNED}
     */
    public Activity cancel(Actor actor, ActivityId id) {
        return cancel(actor, id, null);
    }

    /**
     * As {@link #cancel(Actor, ActivityId)}, if the activity is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Activity cancel(Actor actor, ActivityId id, Long expectedVersion) {
        Activity activity = load(id);
        access.require(actor, Permission.MANAGE_ACTIVITIES, activity.unit());
        ExpectedVersion.check("activity", activity.id(), expectedVersion, activity.version());
        Instant now = clock.instant();
        activity.cancel(now);
        Activity stored = activities.store(activity);
        events.publish(new ActivityCancelled(stored.id(), stored.unit(), now));
        return stored;
    }

    /**
     * Records that the activity took place.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code ACTIVITY-NOT-PLANNED},
     *                           {@code ACTIVITY-NOT-STARTED}
     */
    public Activity markHeld(Actor actor, ActivityId id) {
        return markHeld(actor, id, null);
    }

    /**
     * As {@link #markHeld(Actor, ActivityId)}, if the activity is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Activity markHeld(Actor actor, ActivityId id, Long expectedVersion) {
        Activity activity = load(id);
        access.require(actor, Permission.MANAGE_ACTIVITIES, activity.unit());
        ExpectedVersion.check("activity", activity.id(), expectedVersion, activity.version());
        Instant now = clock.instant();
        activity.markHeld(now);
        Activity stored = activities.store(activity);
        events.publish(new ActivityHeld(stored.id(), stored.unit(), stored.form(), now));
        return stored;
    }

    /** @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED} */
    public Activity get(Actor actor, ActivityId id) {
        Activity activity = load(id);
        access.require(actor, Permission.VIEW, activity.unit());
        return activity;
    }

    /** Activities of exactly {@code unit} (of one form if given), by start. Needs {@link Permission#VIEW} there. */
    public Page<Activity> list(Actor actor, UnitId unit, Optional<PracticeForm> form, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return activities.byUnit(unit, form, page);
    }

    /** Held activities of a unit and form starting in {@code [from, to)}. Needs {@link Permission#VIEW} there. */
    public List<Activity> held(Actor actor, UnitId unit, Instant from, Instant to, PracticeForm form) {
        access.require(actor, Permission.VIEW, unit);
        return activities.heldByUnitBetween(unit, from, to, form);
    }

    /** The built-in seasonal programmes. */
    public List<ProgrammeTemplate> templates() {
        return ProgrammeTemplates.all();
    }

    private Activity planned(Activity stored, Instant now) {
        events.publish(new ActivityPlanned(stored.id(), stored.unit(), stored.form(), stored.schedule(), now));
        return stored;
    }

    private void checkBooking(BookingId id, UnitId unit) {
        Booking booking = bookings.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "booking", "id", id));
        access.requireWithinOrAbove(booking.unit(), unit, "booking", id);
        if (!booking.blocksSlot()) {
            throw CivilityException.of(ActivityError.BOOKING_UNUSABLE, "booking", id, "status", booking.status());
        }
    }

    private Activity load(ActivityId id) {
        return activities.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "activity", "id", id));
    }
}
