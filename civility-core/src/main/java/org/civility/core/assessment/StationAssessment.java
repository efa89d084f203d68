package org.civility.core.assessment;

import java.time.Instant;
import java.time.YearMonth;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * The leadership group's assessment of one station for a period of whole months (R-ASSESS-1).
 *
 * <p>Lifecycle: made once by {@link #make} with the figures counted that moment and the rating and the rewards or
 * penalties decided; then only read. Nothing recomputes it: what the station did later, or a correction of its
 * records, does not change an assessment already made.
 *
 * <p>Invariants: {@code from} not after {@code to}, at most {@value #MAX_MONTHS} months, and the figures' months
 * equal the period's; the decision has 1-{@value #MAX_DECISION_LENGTH} characters; the assessor's name not blank.
 */
public final class StationAssessment {

    /** The longest period one assessment covers: a year. */
    public static final int MAX_MONTHS = 12;
    public static final int MAX_DECISION_LENGTH = 1000;

    private final AssessmentId id;
    private final UnitId station;
    private final YearMonth from;
    private final YearMonth to;
    private final AssessmentFigures figures;
    private final AssessmentRating rating;
    private final String decision;
    private final Instant assessedAt;
    private final String assessedBy;
    private final long version;

    private StationAssessment(AssessmentId id, UnitId station, YearMonth from, YearMonth to,
                              AssessmentFigures figures, AssessmentRating rating, String decision,
                              Instant assessedAt, String assessedBy, long version) {
        this.id = requireNonNull(id, "id");
        this.station = requireNonNull(station, "station");
        this.from = requireNonNull(from, "from");
        this.to = requireNonNull(to, "to");
        this.figures = requireNonNull(figures, "figures");
        this.rating = requireNonNull(rating, "rating");
        this.assessedAt = requireNonNull(assessedAt, "assessedAt");
        this.version = version;
        if (months(from, to) < 1 || months(from, to) > MAX_MONTHS) {
            throw CivilityException.of(AssessmentError.PERIOD_INVALID, "from", from, "to", to,
                    "maxMonths", MAX_MONTHS);
        }
        if (figures.lectureMonths() != months(from, to)) {
            throw CivilityException.of(AssessmentError.STATE_INVALID, "id", id,
                    "reason", "figures for " + figures.lectureMonths() + " months, period of " + months(from, to));
        }
        if (decision == null || decision.isBlank() || decision.strip().length() > MAX_DECISION_LENGTH) {
            throw CivilityException.of(AssessmentError.INVALID, "field", "decision");
        }
        this.decision = decision.strip();
        if (assessedBy == null || assessedBy.isBlank()) {
            throw CivilityException.of(AssessmentError.INVALID, "field", "assessedBy");
        }
        this.assessedBy = assessedBy;
        if (version < 0) {
            throw CivilityException.of(AssessmentError.STATE_INVALID, "id", id, "reason", "negative version");
        }
    }

    /** Months from {@code from} to {@code to}, both included; 0 or less when {@code to} is before {@code from}. */
    static int months(YearMonth from, YearMonth to) {
        return (int) (to.getYear() * 12L + to.getMonthValue() - from.getYear() * 12L - from.getMonthValue() + 1);
    }

    /**
     * Makes an assessment on the figures counted now.
     *
     * @throws CivilityException ASSESSMENT-PERIOD-INVALID, ASSESSMENT-INVALID
     */
    public static StationAssessment make(AssessmentId id, UnitId station, YearMonth from, YearMonth to,
                                         AssessmentFigures figures, AssessmentRating rating, String decision,
                                         Instant assessedAt, String assessedBy) {
        return new StationAssessment(id, station, from, to, figures, rating, decision, assessedAt, assessedBy, 0);
    }

    /** Rebuilds a stored assessment, checking its invariants again. */
    public static StationAssessment restore(AssessmentId id, UnitId station, YearMonth from, YearMonth to,
                                            AssessmentFigures figures, AssessmentRating rating, String decision,
                                            Instant assessedAt, String assessedBy, long version) {
        return new StationAssessment(id, station, from, to, figures, rating, decision, assessedAt, assessedBy,
                version);
    }

    public AssessmentId id() {
        return id;
    }

    public UnitId station() {
        return station;
    }

    /** The first month assessed. */
    public YearMonth from() {
        return from;
    }

    /** The last month assessed. */
    public YearMonth to() {
        return to;
    }

    public AssessmentFigures figures() {
        return figures;
    }

    public AssessmentRating rating() {
        return rating;
    }

    /** The rewards or penalties decided (奖惩), as the leadership group wrote them. */
    public String decision() {
        return decision;
    }

    public Instant assessedAt() {
        return assessedAt;
    }

    /** Name of the actor who recorded it. */
    public String assessedBy() {
        return assessedBy;
    }

    public long version() {
        return version;
    }
}
