package org.civility.core.lecture;

import java.time.Instant;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * A resident's request for a lecture topic at their unit (点单, R-LECT-4). Lifecycle: OPEN →
 * ADOPTED when a study plan of the unit takes it (then it names the plan).
 */
public final class LectureRequest {

    public static final int MAX_REASON_LENGTH = 2000;

    private final LectureRequestId id;
    private final UnitId unit;
    private final String topic;
    private final String reason;
    private final String filedBy;
    private final Instant filedAt;
    private LectureRequestStatus status;
    private StudyPlanId adoptedIn;
    private final long version;

    private LectureRequest(LectureRequestId id, UnitId unit, String topic, String reason, String filedBy,
                           Instant filedAt, LectureRequestStatus status, StudyPlanId adoptedIn, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.topic = Texts.require(topic, "topic", Lecture.MAX_TOPIC_LENGTH);
        this.reason = Texts.require(reason, "reason", MAX_REASON_LENGTH);
        this.filedBy = Texts.require(filedBy, "filedBy", 100);
        this.filedAt = requireNonNull(filedAt, "filedAt");
        this.status = requireNonNull(status, "status");
        this.adoptedIn = adoptedIn;
        this.version = version;
        if ((status == LectureRequestStatus.ADOPTED) != (adoptedIn != null)) {
            throw CivilityException.of(LectureError.STATE_INVALID, "what", "lectureRequest", "id", id,
                    "reason", "an adopted request, and only it, names its plan");
        }
    }

    public static LectureRequest file(LectureRequestId id, UnitId unit, String topic, String reason, String filedBy,
                                      Instant filedAt) {
        return new LectureRequest(id, unit, topic, reason, filedBy, filedAt, LectureRequestStatus.OPEN, null, 0);
    }

    public static LectureRequest restore(LectureRequestId id, UnitId unit, String topic, String reason,
                                         String filedBy, Instant filedAt, LectureRequestStatus status,
                                         Optional<StudyPlanId> adoptedIn, long version) {
        return new LectureRequest(id, unit, topic, reason, filedBy, filedAt, status, adoptedIn.orElse(null), version);
    }

    /** Taken into a study plan; only an open request can be. */
    public void adoptIn(StudyPlanId plan) {
        requireNonNull(plan, "plan");
        if (status != LectureRequestStatus.OPEN) {
            throw CivilityException.of(LectureError.REQUEST_NOT_SELECTABLE, "request", id, "unit", unit);
        }
        status = LectureRequestStatus.ADOPTED;
        adoptedIn = plan;
    }

    public LectureRequestId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public String topic() {
        return topic;
    }

    public String reason() {
        return reason;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public LectureRequestStatus status() {
        return status;
    }

    public Optional<StudyPlanId> adoptedIn() {
        return Optional.ofNullable(adoptedIn);
    }

    public long version() {
        return version;
    }
}
