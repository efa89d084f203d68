package org.civility.core.lecture;

import java.time.Instant;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * A unit's yearly study plan (学习计划, R-LECT-4): drawn up from the parent unit's plan of the same
 * year (its items copied and marked {@link PlanItemSource#PARENT}) plus the residents' requests the
 * unit selects ({@link PlanItemSource#REQUEST}); the unit may add its own items
 * ({@link PlanItemSource#LOCAL}). One plan per unit and year.
 *
 * <p>Invariants: items ordered by month (stable within a month); a request appears at most once.
 */
public final class StudyPlan {

    /** The first and last year a plan may be drawn up for. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private static final Comparator<StudyPlanItem> BY_MONTH = Comparator.comparing(StudyPlanItem::month);

    private final StudyPlanId id;
    private final UnitId unit;
    private final int year;
    private final Optional<StudyPlanId> parentPlan;
    private final List<StudyPlanItem> items;
    private final Instant createdAt;
    private final String createdBy;
    private final long version;

    private StudyPlan(StudyPlanId id, UnitId unit, int year, Optional<StudyPlanId> parentPlan,
                      List<StudyPlanItem> items, Instant createdAt, String createdBy, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw CivilityException.of(LectureError.STATE_INVALID, "what", "studyPlan", "id", id,
                    "reason", "year " + year + " outside " + FIRST_YEAR + ".." + LAST_YEAR);
        }
        this.year = year;
        this.parentPlan = requireNonNull(parentPlan, "parentPlan");
        this.items = new ArrayList<>(items);
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.createdBy = Texts.require(createdBy, "createdBy", 100);
        this.version = version;
        if (items.stream().flatMap(i -> i.request().stream()).distinct().count()
                != items.stream().filter(i -> i.request().isPresent()).count()) {
            throw CivilityException.of(LectureError.STATE_INVALID, "what", "studyPlan", "id", id,
                    "reason", "a request appears twice");
        }
    }

    /**
     * Draws up a plan: the parent's items (if the parent has a plan for the year) marked inherited,
     * then the selected requests in their chosen months, then local items; sorted by month.
     *
     * @param selected requests the unit takes, with the month each goes into; the caller checked they
     *                 are open requests of this unit
     */
    public static StudyPlan drawUp(StudyPlanId id, UnitId unit, int year, Optional<StudyPlan> parent,
                                   List<SelectedRequest> selected, List<LocalItem> local, Instant at, String by) {
        requireNonNull(parent, "parent");
        List<StudyPlanItem> items = new ArrayList<>();
        parent.ifPresent(p -> p.items().forEach(i ->
                items.add(new StudyPlanItem(i.month(), i.topic(), PlanItemSource.PARENT, Optional.empty()))));
        for (SelectedRequest s : selected) {
            items.add(new StudyPlanItem(s.month(), s.request().topic(), PlanItemSource.REQUEST,
                    Optional.of(s.request().id())));
        }
        for (LocalItem l : local) {
            items.add(new StudyPlanItem(l.month(), l.topic(), PlanItemSource.LOCAL, Optional.empty()));
        }
        items.sort(BY_MONTH);
        return new StudyPlan(id, unit, year, parent.map(StudyPlan::id), items, at, by, 0);
    }

    public static StudyPlan restore(StudyPlanId id, UnitId unit, int year, Optional<StudyPlanId> parentPlan,
                                    List<StudyPlanItem> items, Instant createdAt, String createdBy, long version) {
        return new StudyPlan(id, unit, year, parentPlan, items, createdAt, createdBy, version);
    }

    /** Adds an item of the unit's own, in month order. */
    public void addLocalItem(Month month, String topic) {
        items.add(new StudyPlanItem(month, topic, PlanItemSource.LOCAL, Optional.empty()));
        items.sort(BY_MONTH);
    }

    /** A request the plan takes, in a month. */
    public record SelectedRequest(LectureRequest request, Month month) {
        public SelectedRequest {
            requireNonNull(request, "request");
            requireNonNull(month, "month");
        }
    }

    /** An item the unit adds itself. */
    public record LocalItem(Month month, String topic) {
        public LocalItem {
            requireNonNull(month, "month");
            topic = Texts.require(topic, "topic", Lecture.MAX_TOPIC_LENGTH);
        }
    }

    public StudyPlanId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public int year() {
        return year;
    }

    /** The parent unit's plan it was drawn from, if the parent had one. */
    public Optional<StudyPlanId> parentPlan() {
        return parentPlan;
    }

    /** Items by month; an unmodifiable copy. */
    public List<StudyPlanItem> items() {
        return List.copyOf(items);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
