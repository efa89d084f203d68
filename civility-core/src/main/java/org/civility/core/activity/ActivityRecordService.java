package org.civility.core.activity;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.lecture.MaterialStorage;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The records (台账) of held activities (R-ACT-1): keeping the summary and the names signed in by hand, adding and
 * removing photos, reading a record and a unit's month of records.
 *
 * <p>Attendance from check-ins is taken whenever the record changes: the volunteers with an effective service record
 * entry of the activity (checked in with a code, or made up by an administrator), in the order they first started.
 * Photo bytes go to the {@link MaterialStorage} the lecture archive uses, under {@code activity-records/…}; they are
 * checked by {@link RecordPhotoPolicy} before a byte is stored.
 *
 * <p>Access: changes need {@link Permission#MANAGE_ACTIVITIES} at the activity's unit; a record and its photos are
 * read with {@link Permission#VIEW} there, the names of who attended only by those who manage its activities
 * ({@link #showsNames}); a month's report, which names them, needs MANAGE_ACTIVITIES at the unit asked for. An
 * If-Match version ({@code expectedVersion}, 0 for a record not kept yet) is checked after access.
 */
public final class ActivityRecordService {

    /** The most records one month's report holds. */
    public static final int MAX_REPORT_RECORDS = 2000;

    private final ActivityRecordRepository records;
    private final ActivityRepository activities;
    private final ServiceRecordRepository serviceRecords;
    private final VolunteerRepository volunteers;
    private final UnitRepository units;
    private final MaterialStorage storage;
    private final AccessControl access;
    private final RecordPhotoPolicy photoPolicy;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private final ZoneId zone;

    /**
     * @param zone where a report's month is reckoned (Asia/Shanghai by default in portals)
     */
    public ActivityRecordService(ActivityRecordRepository records, ActivityRepository activities,
                                 ServiceRecordRepository serviceRecords, VolunteerRepository volunteers,
                                 UnitRepository units, MaterialStorage storage, AccessControl access,
                                 PolicySettings settings, Clock clock, IdSource ids, EventPublisher events,
                                 ZoneId zone) {
        this.records = requireNonNull(records, "records");
        this.activities = requireNonNull(activities, "activities");
        this.serviceRecords = requireNonNull(serviceRecords, "serviceRecords");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.units = requireNonNull(units, "units");
        this.storage = requireNonNull(storage, "storage");
        this.access = requireNonNull(access, "access");
        this.photoPolicy = new RecordPhotoPolicy(requireNonNull(settings, "settings"));
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.zone = requireNonNull(zone, "zone");
    }

    /**
     * Keeps the record of a held activity: its summary and the names signed in by hand; takes the check-ins again.
     * Opens the record the first time.
     *
     * @param expectedVersion the record's version the caller read (If-Match; 0 for none kept yet), or null not to check
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code STALE-VERSION},
     *                           {@code ACTIVITY-RECORD-NOT-HELD}, {@code ACTIVITY-RECORD-SUMMARY-INVALID},
     *                           {@code ACTIVITY-RECORD-NAME-INVALID}, {@code ACTIVITY-RECORD-TOO-MANY-NAMES}
     */
    public ActivityRecord keep(Actor actor, KeepActivityRecord command, Long expectedVersion) {
        requireNonNull(command, "command");
        Instant now = clock.instant();
        ActivityRecord record = forChange(actor, command.activity(), expectedVersion, now);
        record.keep(command.summary(), command.names(), now, actor.name());
        record.takeCheckIns(checkIns(record.activity()));
        return stored(records.store(record), now);
    }

    /**
     * Adds a photo (R-ACT-1): checks the name, then reads the first bytes and checks them and the declared size with
     * {@link RecordPhotoPolicy} before a byte is stored; stores the bytes through {@link MaterialStorage} (counted
     * and hashed: content longer or shorter than declared is rejected and its bytes removed); takes the check-ins
     * again. Opens the record the first time.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code STALE-VERSION},
     *                           {@code ACTIVITY-RECORD-NOT-HELD}, {@code ACTIVITY-RECORD-PHOTO-NAME},
     *                           {@code ACTIVITY-RECORD-PHOTO-TYPE}, {@code ACTIVITY-RECORD-PHOTO-TOO-LARGE},
     *                           {@code ACTIVITY-RECORD-PHOTO-LIMIT}, {@code INVALID-INPUT} when the content does not
     *                           have the declared size
     */
    public ActivityRecord addPhoto(Actor actor, AddRecordPhoto command, InputStream content, Long expectedVersion) {
        requireNonNull(command, "command");
        requireNonNull(content, "content");
        Instant now = clock.instant();
        ActivityRecord record = forChange(actor, command.activity(), expectedVersion, now);
        PhotoId photoId = new PhotoId(ids.nextId());
        String givenName = command.name().filter(n -> !n.isBlank()).map(RecordPhoto::checkedName).orElse(null);
        PhotoUpload upload = new PhotoUpload(content, command.size());
        Optional<ImageType> type = ImageType.detect(upload.header());
        String name = givenName != null ? givenName
                : photoId + "." + type.map(ImageType::extension).orElse("bin");
        photoPolicy.evaluate(new RecordPhotoPolicy.Upload(record.unit(), name, command.declaredType(), type,
                command.size(), record.photos().size())).orThrow();
        String key = "activity-records/" + record.unit() + "/" + record.activity() + "/" + photoId;
        storage.store(key, upload.content(), type.orElseThrow().mediaType(), command.size());
        if (!upload.hadDeclaredSize()) {
            storage.delete(key);
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "content",
                    "reason", "has not the declared size of " + command.size() + " bytes");
        }
        try {
            record.addPhoto(new RecordPhoto(photoId, name, type.orElseThrow(), command.size(), upload.sha256(), key,
                    now, actor.name()), now, actor.name());
            record.takeCheckIns(checkIns(record.activity()));
            return stored(records.store(record), now);
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
    }

    /**
     * Removes a photo from the record and its bytes from the storage; takes the check-ins again.
     *
     * @throws CivilityException {@code NOT-FOUND} (activity, record or photo), {@code ACCESS-DENIED},
     *                           {@code STALE-VERSION}
     */
    public ActivityRecord removePhoto(Actor actor, ActivityId activity, PhotoId photo, Long expectedVersion) {
        requireNonNull(photo, "photo");
        Activity held = load(activity);
        access.require(actor, Permission.MANAGE_ACTIVITIES, held.unit());
        ActivityRecord record = existing(activity);
        ExpectedVersion.check("activity-record", activity, expectedVersion, record.version());
        Instant now = clock.instant();
        RecordPhoto removed = record.removePhoto(photo, now, actor.name());
        record.takeCheckIns(checkIns(activity));
        ActivityRecord stored = stored(records.store(record), now);
        storage.delete(removed.storageKey());
        return stored;
    }

    /**
     * The record of an activity. Needs VIEW at its unit; whether the caller sees who attended by name is
     * {@link #showsNames}.
     *
     * @throws CivilityException {@code NOT-FOUND} (activity, or no record kept yet), {@code ACCESS-DENIED}
     */
    public ActivityRecord get(Actor actor, ActivityId activity) {
        Activity a = load(activity);
        access.require(actor, Permission.VIEW, a.unit());
        return existing(activity);
    }

    /** Whether {@code actor} sees the names of who attended: those who manage activities at the record's unit. */
    public boolean showsNames(Actor actor, ActivityRecord record) {
        return access.permits(actor, Permission.MANAGE_ACTIVITIES, record.unit());
    }

    /**
     * A photo's metadata and bytes. Needs VIEW at the activity's unit.
     *
     * @throws CivilityException {@code NOT-FOUND} (activity, record, photo or its bytes), {@code ACCESS-DENIED}
     */
    public PhotoContent openPhoto(Actor actor, ActivityId activity, PhotoId photo) {
        RecordPhoto p = get(actor, activity).requirePhoto(photo);
        InputStream bytes = storage.open(p.storageKey()).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "photo content", "id", photo));
        return new PhotoContent(p, bytes);
    }

    /**
     * The month's report of a unit (R-ACT-1): the records of the activities held at the unit and every unit below it
     * that started in {@code month} (in the service's zone), and its held activities without a record. Needs
     * MANAGE_ACTIVITIES at the unit.
     *
     * @throws CivilityException {@code ACCESS-DENIED}, {@code NOT-FOUND} for an unknown unit,
     *                           {@code ACTIVITY-RECORD-REPORT-TOO-LARGE} beyond {@value #MAX_REPORT_RECORDS} records
     */
    public MonthOfRecords month(Actor actor, UnitId unitId, YearMonth month) {
        requireNonNull(unitId, "unit");
        requireNonNull(month, "month");
        access.require(actor, Permission.MANAGE_ACTIVITIES, unitId);
        Unit unit = units.find(unitId).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", unitId));
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<MonthOfRecords.Line> lines = new ArrayList<>();
        List<MonthOfRecords.Gap> gaps = new ArrayList<>();
        for (Unit place : units.subtree(unit)) {
            Set<ActivityId> kept = new HashSet<>();
            for (ActivityRecord r : records.byUnitBetween(place.id(), from, to)) {
                if (lines.size() == MAX_REPORT_RECORDS) {
                    throw CivilityException.of(ActivityError.RECORD_REPORT_TOO_LARGE, "max", MAX_REPORT_RECORDS);
                }
                lines.add(new MonthOfRecords.Line(place.name(), r));
                kept.add(r.activity());
            }
            for (PracticeForm form : PracticeForm.values()) {
                activities.heldByUnitBetween(place.id(), from, to, form).stream()
                        .filter(a -> !kept.contains(a.id()))
                        .forEach(a -> gaps.add(new MonthOfRecords.Gap(place.name(), a)));
            }
        }
        lines.sort(Comparator.comparing((MonthOfRecords.Line l) -> l.record().schedule().start())
                .thenComparing(l -> l.record().activity().toString()));
        gaps.sort(Comparator.comparing((MonthOfRecords.Gap g) -> g.activity().schedule().start())
                .thenComparing(g -> g.activity().id().toString()));
        return new MonthOfRecords(unit.id(), unit.name(), month, lines, gaps);
    }

    /** The size limit of a photo at a unit, in MB (a setting). */
    public int photoLimitMb(UnitId unit) {
        return photoPolicy.limitMb(unit);
    }

    /** The activity, after the access check and the version check: its record, or a new one if none was kept. */
    private ActivityRecord forChange(Actor actor, ActivityId id, Long expectedVersion, Instant now) {
        Activity activity = load(id);
        access.require(actor, Permission.MANAGE_ACTIVITIES, activity.unit());
        Optional<ActivityRecord> existing = records.find(id);
        ExpectedVersion.check("activity-record", id, expectedVersion, existing.map(ActivityRecord::version).orElse(0L));
        return existing.orElseGet(() -> ActivityRecord.open(activity, now, actor.name()));
    }

    /** The volunteers with an effective entry of the activity, in the order they first started. */
    private List<Attendee> checkIns(ActivityId activity) {
        Set<VolunteerId> present = new LinkedHashSet<>();
        for (ServiceRecord entry : serviceRecords.effectiveOfActivities(List.of(activity.value()))) {
            present.add(entry.volunteer());
        }
        List<Attendee> attendees = new ArrayList<>();
        for (VolunteerId v : present) {
            attendees.add(new Attendee(v, volunteers.find(v).map(Volunteer::realName).orElse(v.toString())));
        }
        return attendees;
    }

    private ActivityRecord stored(ActivityRecord stored, Instant now) {
        events.publish(new ActivityRecordKept(stored.activity(), stored.unit(), stored.attendance(),
                stored.photos().size(), stored.complete(), now));
        return stored;
    }

    private ActivityRecord existing(ActivityId activity) {
        return records.find(activity).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "activity record", "id", activity));
    }

    private Activity load(ActivityId id) {
        requireNonNull(id, "activity");
        return activities.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "activity", "id", id));
    }

    /** A photo and a stream of its bytes; the caller closes the stream. */
    public record PhotoContent(RecordPhoto photo, InputStream content) {
        public PhotoContent {
            requireNonNull(photo, "photo");
            requireNonNull(content, "content");
        }
    }
}
