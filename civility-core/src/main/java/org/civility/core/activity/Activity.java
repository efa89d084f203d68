package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.venue.BookingId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * An activity of one practice form (讲评帮乐庆) at a unit, on one or more of the five themes.
 *
 * <p>Lifecycle: {@link #plan} creates it PLANNED; until it starts, participants {@link #signUp sign
 * up} and {@link #cancelSignUp cancel}; it ends either {@link #cancel CANCELLED} (any time while
 * planned) or {@link #markHeld HELD} (once started). Id, unit and form never change.
 *
 * <p>Invariants: title 1-{@value #MAX_TITLE_LENGTH} characters, description at most {@value
 * #MAX_DESCRIPTION_LENGTH}; at least one theme; end after start; capacity, if any, positive; a
 * participant signs up at most once. Sign-ups are kept in the order they came: with a capacity
 * {@code n} the first {@code n} are confirmed and the rest wait in order, so cancelling a
 * confirmed sign-up promotes the first waiting one. Without a capacity every sign-up is confirmed.
 * The venue booking is a reference only; the venue feature's rules apply when it is made.
 */
public final class Activity {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;

    private final ActivityId id;
    private final UnitId unit;
    private final PracticeForm form;
    private final Set<Theme> themes;
    private final String title;
    private final String description;
    private final Schedule schedule;
    private final Optional<BookingId> booking;
    private final Optional<Integer> capacity;
    private final Instant plannedAt;
    private ActivityStatus status;
    private final List<SignUp> signUps;
    private final long version;

    private Activity(ActivityId id, UnitId unit, PracticeForm form, Set<Theme> themes, String title, String description,
                     Schedule schedule, Optional<BookingId> booking, Optional<Integer> capacity, Instant plannedAt,
                     ActivityStatus status, Collection<SignUp> signUps, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.form = requireNonNull(form, "form");
        if (themes == null || themes.isEmpty()) {
            throw CivilityException.of(ActivityError.THEMES_REQUIRED);
        }
        this.themes = EnumSet.copyOf(themes);
        this.title = checkTitle(title);
        this.description = checkDescription(description);
        this.schedule = requireNonNull(schedule, "schedule");
        this.booking = requireNonNull(booking, "booking");
        this.capacity = requireNonNull(capacity, "capacity");
        capacity.ifPresent(c -> {
            if (c < 1) {
                throw CivilityException.of(ActivityError.CAPACITY_INVALID, "capacity", c);
            }
        });
        this.plannedAt = requireNonNull(plannedAt, "plannedAt");
        this.status = requireNonNull(status, "status");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
        this.signUps = new ArrayList<>();
        for (SignUp signUp : requireNonNull(signUps, "signUps")) {
            if (isSignedUp(signUp.participant())) {
                throw CivilityException.of(ActivityError.ALREADY_SIGNED_UP, "activity", id, "participant", signUp.participant());
            }
            this.signUps.add(signUp);
        }
    }

    /**
     * Plans an activity without sign-ups.
     *
     * @throws CivilityException {@code ACTIVITY-TITLE-INVALID}, {@code ACTIVITY-DESCRIPTION-INVALID},
     *                           {@code ACTIVITY-THEMES-REQUIRED}, {@code ACTIVITY-CAPACITY-INVALID}
     */
    public static Activity plan(ActivityId id, UnitId unit, PracticeForm form, Set<Theme> themes, String title,
                                String description, Schedule schedule, Optional<BookingId> booking,
                                Optional<Integer> capacity, Instant plannedAt) {
        return new Activity(id, unit, form, themes, title, description, schedule, booking, capacity, plannedAt,
                ActivityStatus.PLANNED, List.of(), 0);
    }

    /** Rebuilds a stored activity, checking the invariants again. Sign-ups in their order. For persistence adapters. */
    public static Activity restore(ActivityId id, UnitId unit, PracticeForm form, Set<Theme> themes, String title,
                                   String description, Schedule schedule, Optional<BookingId> booking,
                                   Optional<Integer> capacity, Instant plannedAt, ActivityStatus status,
                                   Collection<SignUp> signUps, long version) {
        return new Activity(id, unit, form, themes, title, description, schedule, booking, capacity, plannedAt,
                status, signUps, version);
    }

    /**
     * Signs a participant up: confirmed while places remain, else waitlisted behind earlier ones.
     *
     * @return whether the sign-up is confirmed or waitlisted
     * @throws CivilityException {@code ACTIVITY-SIGN-UP-CLOSED} once started or unless planned;
     *                           {@code ACTIVITY-ALREADY-SIGNED-UP}
     */
    public SignUpStatus signUp(Participant participant, Instant at) {
        requireNonNull(participant, "participant");
        requireOpen(at);
        if (isSignedUp(participant)) {
            throw CivilityException.of(ActivityError.ALREADY_SIGNED_UP, "activity", id, "participant", participant);
        }
        signUps.add(new SignUp(participant, at));
        return statusOf(participant).orElseThrow();
    }

    /**
     * Withdraws a participant's sign-up. If it held a place, the first waiting participant gets it.
     *
     * @return the participant promoted from the waiting list, if any
     * @throws CivilityException {@code ACTIVITY-SIGN-UP-CLOSED}, {@code ACTIVITY-NOT-SIGNED-UP}
     */
    public Optional<Participant> cancelSignUp(Participant participant, Instant at) {
        requireNonNull(participant, "participant");
        requireOpen(at);
        int index = indexOf(participant);
        if (index < 0) {
            throw CivilityException.of(ActivityError.NOT_SIGNED_UP, "activity", id, "participant", participant);
        }
        boolean heldPlace = statusAt(index) == SignUpStatus.CONFIRMED;
        Optional<Participant> firstWaiting = waitlist().stream().findFirst().map(SignUp::participant);
        signUps.remove(index);
        return heldPlace ? firstWaiting : Optional.empty();
    }

    /**
     * Cancels the activity.
     *
     * @throws CivilityException {@code ACTIVITY-NOT-PLANNED}
     */
    public void cancel(Instant at) {
        requireNonNull(at, "at");
        requirePlanned();
        status = ActivityStatus.CANCELLED;
    }

    /**
     * Records that the activity took place.
     *
     * @throws CivilityException {@code ACTIVITY-NOT-PLANNED}, {@code ACTIVITY-NOT-STARTED} before its start
     */
    public void markHeld(Instant at) {
        requirePlanned();
        if (!schedule.hasStartedAt(at)) {
            throw CivilityException.of(ActivityError.NOT_STARTED, "activity", id, "start", schedule.start());
        }
        status = ActivityStatus.HELD;
    }

    public boolean isSignedUp(Participant participant) {
        return indexOf(participant) >= 0;
    }

    /** The status of a participant's sign-up, empty if not signed up. */
    public Optional<SignUpStatus> statusOf(Participant participant) {
        int index = indexOf(participant);
        return index < 0 ? Optional.empty() : Optional.of(statusAt(index));
    }

    /** Sign-ups holding a place, in sign-up order. */
    public List<SignUp> confirmed() {
        return List.copyOf(signUps.subList(0, placesTaken()));
    }

    /** Sign-ups waiting for a place, first in line first. */
    public List<SignUp> waitlist() {
        return List.copyOf(signUps.subList(placesTaken(), signUps.size()));
    }

    public ActivityId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public PracticeForm form() {
        return form;
    }

    /** Never empty; an unmodifiable copy. */
    public Set<Theme> themes() {
        return Collections.unmodifiableSet(EnumSet.copyOf(themes));
    }

    public String title() {
        return title;
    }

    /** Possibly empty, never null. */
    public String description() {
        return description;
    }

    public Schedule schedule() {
        return schedule;
    }

    public Optional<BookingId> booking() {
        return booking;
    }

    /** Empty for an activity without a limit. */
    public Optional<Integer> capacity() {
        return capacity;
    }

    public Instant plannedAt() {
        return plannedAt;
    }

    public ActivityStatus status() {
        return status;
    }

    /** Every sign-up in the order they came (confirmed first, then the waiting list); an unmodifiable copy. */
    public List<SignUp> signUps() {
        return List.copyOf(signUps);
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Activity[" + id + ", " + form + ", " + title + ", " + status + ", " + signUps.size() + " sign-ups, v" + version + "]";
    }

    private int placesTaken() {
        return capacity.map(c -> Math.min(c, signUps.size())).orElse(signUps.size());
    }

    private SignUpStatus statusAt(int index) {
        return index < placesTaken() ? SignUpStatus.CONFIRMED : SignUpStatus.WAITLISTED;
    }

    private int indexOf(Participant participant) {
        for (int i = 0; i < signUps.size(); i++) {
            if (signUps.get(i).participant().equals(participant)) {
                return i;
            }
        }
        return -1;
    }

    private void requireOpen(Instant at) {
        requireNonNull(at, "at");
        if (status != ActivityStatus.PLANNED || schedule.hasStartedAt(at)) {
            throw CivilityException.of(ActivityError.SIGN_UP_CLOSED, "activity", id, "status", status,
                    "start", schedule.start());
        }
    }

    private void requirePlanned() {
        if (status != ActivityStatus.PLANNED) {
            throw CivilityException.of(ActivityError.NOT_PLANNED, "activity", id, "status", status);
        }
    }

    private static String checkTitle(String title) {
        if (title == null || title.isBlank() || title.strip().length() > MAX_TITLE_LENGTH) {
            throw CivilityException.of(ActivityError.TITLE_INVALID, "max", MAX_TITLE_LENGTH);
        }
        return title.strip();
    }

    private static String checkDescription(String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION_LENGTH) {
            throw CivilityException.of(ActivityError.DESCRIPTION_INVALID, "max", MAX_DESCRIPTION_LENGTH);
        }
        return text;
    }
}
