package org.civility.core.lecture;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.PracticeForm;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.DeclaredUpload;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * Lectures (讲) as the portal uses them: scheduling with a qualified speaker (R-LECT-2), the
 * 备课 → 授课 → 评课 steps, the material archive (R-LECT-3) and the monthly compliance report (R-LECT-1).
 *
 * <p>Access: scheduling and giving need MANAGE_LECTURES at the unit, or GIVE_LECTURES there when the
 * actor is the speaker (their own volunteer record); reviewing (评课, a peer's or the organiser's
 * review) needs MANAGE_LECTURES or GIVE_LECTURES; archiving materials needs MANAGE_LECTURES or the
 * speaker's GIVE_LECTURES; reads and the report need VIEW.
 */
public final class LectureService {

    private final LectureRepository lectures;
    private final UnitRepository units;
    private final ActivityRepository activities;
    private final MaterialStorage storage;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private final QualifiedSpeakerPolicy qualifiedSpeaker;
    private final MaterialLimitPolicy materialLimits;

    public LectureService(LectureRepository lectures, UnitRepository units, TeamRepository teams,
                          ActivityRepository activities, MaterialStorage storage, AccessControl access, PolicySettings settings, Clock clock,
                          IdSource ids, EventPublisher events) {
        this.lectures = requireNonNull(lectures, "lectures");
        this.units = requireNonNull(units, "units");
        this.activities = requireNonNull(activities, "activities");
        this.storage = requireNonNull(storage, "storage");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.qualifiedSpeaker = new QualifiedSpeakerPolicy(units, requireNonNull(teams, "teams"));
        this.materialLimits = new MaterialLimitPolicy(requireNonNull(settings, "settings"));
    }

    /**
     * Schedules a prepared lecture (备课).
     *
     * @throws CivilityException R-LECT-2 if the speaker is not qualified; LECTURE-SCHEDULE-INVALID;
     *                           LECTURE-NOT-SPEAKER when a lecturer schedules someone else
     */
    public Lecture schedule(Actor actor, ScheduleLecture command) {
        requireSpeakerOrManager(actor, command.unit(), command.speaker(), null);
        qualifiedSpeaker.evaluate(new QualifiedSpeakerPolicy.Candidate(command.unit(), command.speaker())).orThrow();
        Lecture lecture = Lecture.prepare(new LectureId(ids.nextId()), command.unit(), command.topic(),
                command.themes(), command.start(), command.end(), command.speaker(), command.speakerName(),
                command.preparationNotes());
        Lecture stored = lectures.store(lecture);
        events.publish(new LectureScheduled(stored.id(), stored.unit(), stored.topic(), stored.speaker(),
                stored.start(), actor.name(), now()));
        return stored;
    }

    /** 授课. @throws CivilityException LECTURE-STATE unless PREPARED */
    public Lecture recordGiven(Actor actor, RecordLectureGiven command) {
        return recordGiven(actor, command, null);
    }

    /**
     * As {@link #recordGiven(Actor, RecordLectureGiven)}, if the lecture is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Lecture recordGiven(Actor actor, RecordLectureGiven command, Long expectedVersion) {
        Lecture lecture = lecture(command.lecture());
        requireSpeakerOrManager(actor, lecture.unit(), lecture.speaker(), lecture.id());
        ExpectedVersion.check("lecture", lecture.id(), expectedVersion, lecture.version());
        lecture.give(command.at().orElseGet(this::now), command.attendance());
        Lecture stored = lectures.store(lecture);
        events.publish(new LectureGiven(stored.id(), stored.unit(), stored.givenAt().orElseThrow(),
                command.attendance(), actor.name(), now()));
        return stored;
    }

    /** 评课. @throws CivilityException LECTURE-STATE unless GIVEN, LECTURE-SCORE-INVALID */
    public Lecture review(Actor actor, ReviewLecture command) {
        return review(actor, command, null);
    }

    /**
     * As {@link #review(Actor, ReviewLecture)}, if the lecture is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Lecture review(Actor actor, ReviewLecture command, Long expectedVersion) {
        Lecture lecture = lecture(command.lecture());
        if (!access.permits(actor, Permission.MANAGE_LECTURES, lecture.unit())) {
            access.require(actor, Permission.GIVE_LECTURES, lecture.unit());
        }
        ExpectedVersion.check("lecture", lecture.id(), expectedVersion, lecture.version());
        lecture.review(command.text(), command.score(), actor.name());
        Lecture stored = lectures.store(lecture);
        events.publish(new LectureReviewed(stored.id(), stored.unit(), command.score(), actor.name(), now()));
        return stored;
    }

    /** Needs VIEW at the lecture's unit. */
    public Lecture get(Actor actor, LectureId id) {
        Lecture lecture = lecture(id);
        access.require(actor, Permission.VIEW, lecture.unit());
        return lecture;
    }

    /** Lectures of a unit by start. Needs VIEW there. */
    public Page<Lecture> listByUnit(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return lectures.byUnit(unit, page);
    }

    /**
     * Archives a material (R-LECT-3): checks its type and declared size against the kind's limits,
     * stores the bytes through {@link MaterialStorage} (counting and hashing them; a stream longer or
     * shorter than declared is rejected and its bytes removed) and files the metadata by topic.
     *
     * @throws CivilityException LECTURE-MATERIAL-TYPE, LECTURE-MATERIAL-TOO-LARGE (with the limit in MB),
     *                           INVALID-INPUT when the content does not have the declared size
     */
    public Lecture archiveMaterial(Actor actor, ArchiveMaterial command, InputStream content) {
        requireNonNull(content, "content");
        Lecture lecture = lecture(command.lecture());
        requireSpeakerOrManager(actor, lecture.unit(), lecture.speaker(), lecture.id());
        LectureMaterial.checkedName(command.name());
        materialLimits.evaluate(new MaterialLimitPolicy.Upload(lecture.unit(), command.name(), command.kind(),
                command.contentType(), command.size())).orThrow();
        MaterialId materialId = new MaterialId(ids.nextId());
        String key = "lectures/" + lecture.unit() + "/" + lecture.id() + "/" + materialId;
        DeclaredUpload upload = new DeclaredUpload(content, command.size());
        storage.store(key, upload.content(), MaterialKind.baseType(command.contentType()), command.size());
        if (!upload.hadDeclaredSize()) {
            storage.delete(key);
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "content",
                    "reason", "has not the declared size of " + command.size() + " bytes");
        }
        Instant at = now();
        LectureMaterial material = new LectureMaterial(materialId, command.name(), command.kind(),
                MaterialKind.baseType(command.contentType()), command.size(),
                upload.sha256(), key, command.topic().filter(t -> !t.isBlank())
                .orElse(lecture.topic()), at, actor.name());
        lecture.archive(material);
        Lecture stored;
        try {
            stored = lectures.store(lecture);
        } catch (RuntimeException e) {
            storage.delete(key);
            throw e;
        }
        events.publish(new MaterialArchived(stored.id(), stored.unit(), materialId, material.kind(),
                material.topic(), material.size(), actor.name(), at));
        return stored;
    }

    /** A material's metadata and bytes. Needs VIEW. @throws CivilityException NOT-FOUND */
    public MaterialContent openMaterial(Actor actor, LectureId lectureId, MaterialId materialId) {
        Lecture lecture = get(actor, lectureId);
        LectureMaterial material = lecture.requireMaterial(materialId);
        InputStream bytes = storage.open(material.storageKey()).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "material content", "id", materialId));
        return new MaterialContent(material, bytes);
    }

    /** The archive of a unit, optionally one topic, by topic and name. Needs VIEW. */
    public Page<ArchivedMaterial> archive(Actor actor, UnitId unit, Optional<String> topic, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return lectures.archive(unit, topic.filter(t -> !t.isBlank()).map(String::strip), page);
    }

    /**
     * R-LECT-1 (clarified): every station at or below {@code unit} with the months of {@code from..to} in which it
     * held no 讲. A 讲 is a lecture held (given or reviewed) or a HELD activity of the lecture form, at the station or
     * at one of its points or bases; a month counts once however many it held. Months are reckoned in the clock's
     * zone, the portal's own, as the month's activity records are. Needs VIEW at the unit.
     *
     * @throws CivilityException LECTURE-PERIOD-INVALID if {@code to} is before {@code from} or the period
     *                           is longer than {@value LectureSettings#MAX_REPORT_MONTHS} months
     */
    public LectureComplianceReport complianceReport(Actor actor, UnitId unit, YearMonth from, YearMonth to) {
        access.require(actor, Permission.VIEW, unit);
        if (to.isBefore(from) || from.plusMonths(LectureSettings.MAX_REPORT_MONTHS).isBefore(to.plusMonths(1))) {
            throw CivilityException.of(LectureError.PERIOD_INVALID, "from", from, "to", to,
                    "maxMonths", LectureSettings.MAX_REPORT_MONTHS);
        }
        Unit root = units.find(unit).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", unit));
        List<Unit> subtree = units.subtree(root);
        Instant start = from.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        // one read of each kind for the whole subtree, then shared out to the stations
        List<UnitId> ids = subtree.stream().map(Unit::id).toList();
        Map<UnitId, List<Instant>> heldAt = new HashMap<>();
        lectures.givenStarts(ids, start, end)
                .forEach(l -> heldAt.computeIfAbsent(l.unit(), u -> new ArrayList<>()).add(l.at()));
        activities.heldStarts(ids, PracticeForm.LECTURE, start, end)
                .forEach(a -> heldAt.computeIfAbsent(a.unit(), u -> new ArrayList<>()).add(a.at()));
        Map<UnitId, List<Unit>> childrenOf = new HashMap<>();
        subtree.forEach(u -> u.parent().ifPresent(p -> childrenOf.computeIfAbsent(p, k -> new ArrayList<>()).add(u)));
        List<StationCompliance> lines = new ArrayList<>();
        for (Unit station : subtree.stream().filter(u -> u.tier() == Tier.STATION).toList()) {
            List<Instant> held = new ArrayList<>();
            // the station and the points and bases below it
            List<Unit> places = new ArrayList<>(List.of(station));
            for (int i = 0; i < places.size(); i++) {
                held.addAll(heldAt.getOrDefault(places.get(i).id(), List.of()));
                places.addAll(childrenOf.getOrDefault(places.get(i).id(), List.of()));
            }
            Set<YearMonth> months = new TreeSet<>();
            held.forEach(at -> months.add(YearMonth.from(at.atZone(clock.getZone()))));
            List<YearMonth> missing = new ArrayList<>();
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
                if (!months.contains(m)) {
                    missing.add(m);
                }
            }
            lines.add(new StationCompliance(station.id(), station.name(), held.size(), missing));
        }
        return new LectureComplianceReport(unit, from, to, lines);
    }

    private void requireSpeakerOrManager(Actor actor, UnitId unit, VolunteerId speaker, LectureId lecture) {
        if (access.permits(actor, Permission.MANAGE_LECTURES, unit)) {
            return;
        }
        access.require(actor, Permission.GIVE_LECTURES, unit);
        if (actor.volunteerId().filter(v -> v.equals(speaker.value())).isEmpty()) {
            throw CivilityException.of(LectureError.NOT_THE_SPEAKER, "lecture",
                    lecture == null ? "-" : lecture.toString(), "actor", actor.name());
        }
    }

    private Lecture lecture(LectureId id) {
        return lectures.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "lecture", "id", id));
    }

    private Instant now() {
        return clock.instant();
    }

    /** A material and a stream of its bytes; the caller closes the stream. */
    public record MaterialContent(LectureMaterial material, InputStream content) {
    }

}
