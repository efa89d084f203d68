package org.civility.core.lecture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * A lecture (讲) a unit holds: a topic, optional themes (五传), a scheduled start and end, and a
 * speaker who must be qualified (R-LECT-2, checked by {@link QualifiedSpeakerPolicy} when it is
 * scheduled).
 *
 * <p>Lifecycle: {@link LectureStatus#PREPARED} (备课, with preparation notes) → {@link LectureStatus#GIVEN}
 * (授课: when, how many attended) → {@link LectureStatus#REVIEWED} (评课: a text and a score 1..5).
 * Any other step throws {@code LECTURE-STATE}. Materials (R-LECT-3) may be archived in any status.
 *
 * <p>Invariants: the schedule ends after it starts; a given lecture has its given time and attendance,
 * a reviewed one also its review; material ids are unique.
 */
public final class Lecture {

    public static final int MAX_TOPIC_LENGTH = 200;
    public static final int MAX_NOTES_LENGTH = 4000;
    public static final int MAX_SPEAKER_NAME_LENGTH = 100;

    private final LectureId id;
    private final UnitId unit;
    private final String topic;
    private final Set<LectureTheme> themes;
    private final Instant start;
    private final Instant end;
    private final VolunteerId speaker;
    private final String speakerName;
    private final String preparationNotes;
    private LectureStatus status;
    private Instant givenAt;
    private Integer attendance;
    private String review;
    private Integer score;
    private String reviewedBy;
    private final List<LectureMaterial> materials;
    private final long version;

    private Lecture(LectureId id, UnitId unit, String topic, Set<LectureTheme> themes, Instant start, Instant end,
                    VolunteerId speaker, String speakerName, String preparationNotes, LectureStatus status,
                    Instant givenAt, Integer attendance, String review, Integer score, String reviewedBy,
                    List<LectureMaterial> materials, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.topic = Texts.require(topic, "topic", MAX_TOPIC_LENGTH);
        this.themes = themes.isEmpty() ? EnumSet.noneOf(LectureTheme.class) : EnumSet.copyOf(themes);
        this.start = requireNonNull(start, "start");
        this.end = requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw CivilityException.of(LectureError.SCHEDULE_INVALID, "start", start, "end", end);
        }
        this.speaker = requireNonNull(speaker, "speaker");
        this.speakerName = Texts.require(speakerName, "speakerName", MAX_SPEAKER_NAME_LENGTH);
        this.preparationNotes = Texts.require(preparationNotes, "preparationNotes", MAX_NOTES_LENGTH);
        this.status = requireNonNull(status, "status");
        this.givenAt = givenAt;
        this.attendance = attendance;
        this.review = review;
        this.score = score;
        this.reviewedBy = reviewedBy;
        this.materials = new ArrayList<>(materials);
        this.version = version;
    }

    /** Schedules a lecture that its speaker has prepared (备课). The caller checked R-LECT-2. */
    public static Lecture prepare(LectureId id, UnitId unit, String topic, Set<LectureTheme> themes, Instant start,
                                  Instant end, VolunteerId speaker, String speakerName, String preparationNotes) {
        return new Lecture(id, unit, topic, requireNonNull(themes, "themes"), start, end, speaker, speakerName,
                preparationNotes, LectureStatus.PREPARED, null, null, null, null, null, List.of(), 0);
    }

    /** Rebuilds a stored lecture, checking its invariants again. */
    public static Lecture restore(LectureId id, UnitId unit, String topic, Set<LectureTheme> themes, Instant start,
                                  Instant end, VolunteerId speaker, String speakerName, String preparationNotes,
                                  LectureStatus status, Optional<Instant> givenAt, Optional<Integer> attendance,
                                  Optional<String> review, Optional<Integer> score, Optional<String> reviewedBy,
                                  List<LectureMaterial> materials, long version) {
        Lecture lecture = new Lecture(id, unit, topic, requireNonNull(themes, "themes"), start, end, speaker,
                speakerName, preparationNotes, status, givenAt.orElse(null), attendance.orElse(null),
                review.orElse(null), score.orElse(null), reviewedBy.orElse(null), materials, version);
        boolean given = status.held();
        boolean reviewed = status == LectureStatus.REVIEWED;
        if (given != (givenAt.isPresent() && attendance.isPresent())
                || reviewed != (review.isPresent() && score.isPresent() && reviewedBy.isPresent())
                || materials.stream().map(LectureMaterial::id).distinct().count() != materials.size()) {
            throw CivilityException.of(LectureError.STATE_INVALID, "what", "lecture", "id", id,
                    "reason", "status " + status + " does not match its data");
        }
        return lecture;
    }

    /** 授课: records that the lecture was given. Only from PREPARED. */
    public void give(Instant at, int attendanceCount) {
        requireStatus(LectureStatus.PREPARED, "give");
        requireNonNull(at, "at");
        if (attendanceCount < 0) {
            throw CivilityException.of(LectureError.ATTENDANCE_INVALID, "attendance", attendanceCount);
        }
        this.givenAt = at;
        this.attendance = attendanceCount;
        this.status = LectureStatus.GIVEN;
    }

    /** 评课: records the review of a given lecture. Only from GIVEN; score 1..5. */
    public void review(String text, int reviewScore, String reviewer) {
        requireStatus(LectureStatus.GIVEN, "review");
        if (reviewScore < 1 || reviewScore > 5) {
            throw CivilityException.of(LectureError.SCORE_INVALID, "score", reviewScore);
        }
        String checked = Texts.require(text, "review", MAX_NOTES_LENGTH);
        String by = Texts.require(reviewer, "reviewedBy", MAX_SPEAKER_NAME_LENGTH);
        this.review = checked;
        this.score = reviewScore;
        this.reviewedBy = by;
        this.status = LectureStatus.REVIEWED;
    }

    /** Files an archived material's metadata with the lecture (R-LECT-3). */
    public void archive(LectureMaterial material) {
        requireNonNull(material, "material");
        if (material(material.id()).isPresent()) {
            throw new IllegalArgumentException("material " + material.id() + " is archived already");
        }
        materials.add(material);
    }

    /**
     * @throws CivilityException NOT-FOUND (what=material) if the lecture has no such material
     */
    public LectureMaterial requireMaterial(MaterialId material) {
        return material(material).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "material", "id", material));
    }

    public Optional<LectureMaterial> material(MaterialId material) {
        return materials.stream().filter(m -> m.id().equals(material)).findFirst();
    }

    private void requireStatus(LectureStatus expected, String action) {
        if (status != expected) {
            throw CivilityException.of(LectureError.ILLEGAL_TRANSITION, "lecture", id, "status", status.name(),
                    "action", action);
        }
    }

    public LectureId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public String topic() {
        return topic;
    }

    /** The themes (五传), possibly none; an unmodifiable copy. */
    public Set<LectureTheme> themes() {
        return themes.isEmpty() ? Set.of() : Set.copyOf(themes);
    }

    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    /** The speaker's volunteer record. */
    public VolunteerId speaker() {
        return speaker;
    }

    public String speakerName() {
        return speakerName;
    }

    public String preparationNotes() {
        return preparationNotes;
    }

    public LectureStatus status() {
        return status;
    }

    public Optional<Instant> givenAt() {
        return Optional.ofNullable(givenAt);
    }

    public Optional<Integer> attendance() {
        return Optional.ofNullable(attendance);
    }

    public Optional<String> review() {
        return Optional.ofNullable(review);
    }

    public Optional<Integer> score() {
        return Optional.ofNullable(score);
    }

    public Optional<String> reviewedBy() {
        return Optional.ofNullable(reviewedBy);
    }

    /** Archived materials in the order they were archived; an unmodifiable copy. */
    public List<LectureMaterial> materials() {
        return List.copyOf(materials);
    }

    public long version() {
        return version;
    }


    @Override
    public String toString() {
        return "Lecture[" + id + " " + topic + " " + status + "]";
    }
}
