package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The record (台账) a held activity keeps (R-ACT-1): who attended, photos and a short summary. It feeds publicity,
 * the station's assessment (R-ASSESS-1 counts complete records) and its yearly report.
 *
 * <p>Lifecycle: {@link #open opened} for a {@link ActivityStatus#HELD HELD} activity, never for a planned or
 * cancelled one ({@code ACTIVITY-RECORD-NOT-HELD}), the first time it is {@link #keep kept} or a photo is
 * {@link #addPhoto added}; kept again, with photos added and {@link #removePhoto removed}, as often as the staff
 * need. It is never deleted: held is a final state of the activity. The activity's unit, form, title and schedule are
 * copied when it opens (none of them changes once the activity is held), so that reports read records alone.
 *
 * <p>Attendance is the volunteers who {@link #takeCheckIns checked in} (taken from the service records, which the
 * service reads again whenever the record changes) and the names the staff add by hand for people without a
 * check-in (residents, guests). A record is {@link #complete()} when it has a summary, at least one photo and at least
 * one person in attendance.
 *
 * <p>Invariants: a summary of at most {@value #MAX_SUMMARY_LENGTH} characters (empty until first kept); at most
 * {@value #MAX_NAMES} names added by hand, each 1-{@value #MAX_NAME_LENGTH} characters without control characters;
 * each volunteer checked in once; photo ids unique.
 */
public final class ActivityRecord {

    public static final int MAX_SUMMARY_LENGTH = 2000;
    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_NAMES = 500;

    private final ActivityId activity;
    private final UnitId unit;
    private final PracticeForm form;
    private final String title;
    private final Schedule schedule;
    private final List<Attendee> checkedIn;
    private final List<String> addedByHand;
    private String summary;
    private final List<RecordPhoto> photos;
    private Instant keptAt;
    private String keptBy;
    private final long version;

    private ActivityRecord(ActivityId activity, UnitId unit, PracticeForm form, String title, Schedule schedule,
                           Collection<Attendee> checkedIn, Collection<String> addedByHand, String summary,
                           Collection<RecordPhoto> photos, Instant keptAt, String keptBy, long version) {
        this.activity = requireNonNull(activity, "activity");
        this.unit = requireNonNull(unit, "unit");
        this.form = requireNonNull(form, "form");
        this.title = requireNonNull(title, "title");
        this.schedule = requireNonNull(schedule, "schedule");
        this.checkedIn = new ArrayList<>();
        Set<VolunteerId> seen = new HashSet<>();
        for (Attendee a : requireNonNull(checkedIn, "checkedIn")) {
            if (!seen.add(a.volunteer())) {
                throw new IllegalArgumentException("volunteer " + a.volunteer() + " checked in twice");
            }
            this.checkedIn.add(a);
        }
        this.addedByHand = new ArrayList<>(checkNames(requireNonNull(addedByHand, "addedByHand")));
        this.summary = requireNonNull(summary, "summary").strip();
        if (this.summary.length() > MAX_SUMMARY_LENGTH) {
            throw CivilityException.of(ActivityError.RECORD_SUMMARY_INVALID, "max", MAX_SUMMARY_LENGTH);
        }
        this.photos = new ArrayList<>();
        Set<PhotoId> ids = new HashSet<>();
        for (RecordPhoto p : requireNonNull(photos, "photos")) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("photo " + p.id() + " twice");
            }
            this.photos.add(p);
        }
        this.keptAt = requireNonNull(keptAt, "keptAt");
        this.keptBy = requireNonNull(keptBy, "keptBy");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
    }

    /**
     * A new, empty record of a held activity: no summary, nobody, no photo.
     *
     * @throws CivilityException {@code ACTIVITY-RECORD-NOT-HELD} unless the activity is HELD
     */
    public static ActivityRecord open(Activity activity, Instant at, String by) {
        requireNonNull(activity, "activity");
        if (activity.status() != ActivityStatus.HELD) {
            throw CivilityException.of(ActivityError.RECORD_NOT_HELD, "activity", activity.id(),
                    "status", activity.status());
        }
        return new ActivityRecord(activity.id(), activity.unit(), activity.form(), activity.title(),
                activity.schedule(), List.of(), List.of(), "", List.of(), at, by, 0);
    }

    /** Rebuilds a stored record, checking the invariants again. Lists in their order. For persistence adapters. */
    public static ActivityRecord restore(ActivityId activity, UnitId unit, PracticeForm form, String title,
                                         Schedule schedule, Collection<Attendee> checkedIn,
                                         Collection<String> addedByHand, String summary,
                                         Collection<RecordPhoto> photos, Instant keptAt, String keptBy, long version) {
        return new ActivityRecord(activity, unit, form, title, schedule, checkedIn, addedByHand, summary, photos,
                keptAt, keptBy, version);
    }

    /**
     * Writes the summary and the names of the people signed in by hand (replacing the earlier ones).
     *
     * @param names in the order given; blank entries are an error, not skipped
     * @throws CivilityException {@code ACTIVITY-RECORD-SUMMARY-INVALID} for a blank or too long summary,
     *                           {@code ACTIVITY-RECORD-NAME-INVALID}, {@code ACTIVITY-RECORD-TOO-MANY-NAMES}
     */
    public void keep(String summary, List<String> names, Instant at, String by) {
        String text = summary == null ? "" : summary.strip();
        if (text.isEmpty() || text.length() > MAX_SUMMARY_LENGTH) {
            throw CivilityException.of(ActivityError.RECORD_SUMMARY_INVALID, "max", MAX_SUMMARY_LENGTH);
        }
        List<String> checked = checkNames(requireNonNull(names, "names"));
        this.summary = text;
        addedByHand.clear();
        addedByHand.addAll(checked);
        touched(at, by);
    }

    /**
     * Replaces the volunteers checked in with those the service records show now; a volunteer listed twice counts
     * once (the first).
     */
    public void takeCheckIns(List<Attendee> attendees) {
        requireNonNull(attendees, "attendees");
        Set<VolunteerId> seen = new HashSet<>();
        checkedIn.clear();
        attendees.stream().filter(a -> seen.add(a.volunteer())).forEach(checkedIn::add);
    }

    /** Adds a photo whose bytes are stored; the caller checked the record's photo policy. */
    public void addPhoto(RecordPhoto photo, Instant at, String by) {
        requireNonNull(photo, "photo");
        if (this.photo(photo.id()).isPresent()) {
            throw new IllegalArgumentException("photo " + photo.id() + " is in the record already");
        }
        photos.add(photo);
        touched(at, by);
    }

    /**
     * Removes a photo; the caller deletes its bytes once the record is stored.
     *
     * @return the photo removed
     * @throws CivilityException {@code NOT-FOUND} if the record has no such photo
     */
    public RecordPhoto removePhoto(PhotoId id, Instant at, String by) {
        RecordPhoto photo = requirePhoto(id);
        photos.remove(photo);
        touched(at, by);
        return photo;
    }

    /** @throws CivilityException {@code NOT-FOUND} if the record has no such photo */
    public RecordPhoto requirePhoto(PhotoId id) {
        return photo(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "photo", "id", id));
    }

    public Optional<RecordPhoto> photo(PhotoId id) {
        requireNonNull(id, "id");
        return photos.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** R-ACT-1: a summary, at least one photo and at least one person in attendance. */
    public boolean complete() {
        return !summary.isEmpty() && !photos.isEmpty() && attendance() > 0;
    }

    /** Everyone in attendance: the volunteers checked in and the people signed in by hand. */
    public int attendance() {
        return checkedIn.size() + addedByHand.size();
    }

    public ActivityId activity() {
        return activity;
    }

    public UnitId unit() {
        return unit;
    }

    public PracticeForm form() {
        return form;
    }

    public String title() {
        return title;
    }

    public Schedule schedule() {
        return schedule;
    }

    /** The volunteers who checked in, in the order of their first check-in; an unmodifiable copy. */
    public List<Attendee> checkedIn() {
        return List.copyOf(checkedIn);
    }

    /** The names signed in by hand, in the order given; an unmodifiable copy. */
    public List<String> addedByHand() {
        return List.copyOf(addedByHand);
    }

    /** Empty until the record is first kept, never null. */
    public String summary() {
        return summary;
    }

    /** In the order added; an unmodifiable copy. */
    public List<RecordPhoto> photos() {
        return List.copyOf(photos);
    }

    /** When the record last changed. */
    public Instant keptAt() {
        return keptAt;
    }

    /** Who changed it last. */
    public String keptBy() {
        return keptBy;
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "ActivityRecord[" + activity + ", " + attendance() + " attended, " + photos.size() + " photos, "
                + (complete() ? "complete" : "incomplete") + ", v" + version + "]";
    }

    private void touched(Instant at, String by) {
        keptAt = requireNonNull(at, "at");
        keptBy = requireNonNull(by, "by");
    }

    private static List<String> checkNames(Collection<String> names) {
        if (names.size() > MAX_NAMES) {
            throw CivilityException.of(ActivityError.RECORD_TOO_MANY_NAMES, "max", MAX_NAMES);
        }
        List<String> checked = new ArrayList<>(names.size());
        for (String name : names) {
            String n = name == null ? "" : name.strip();
            if (n.isEmpty() || n.length() > MAX_NAME_LENGTH || n.chars().anyMatch(Character::isISOControl)) {
                throw CivilityException.of(ActivityError.RECORD_NAME_INVALID, "max", MAX_NAME_LENGTH);
            }
            checked.add(n);
        }
        return checked;
    }
}
