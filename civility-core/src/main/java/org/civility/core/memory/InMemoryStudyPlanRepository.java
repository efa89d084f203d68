package org.civility.core.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.lecture.LectureError;
import org.civility.core.lecture.StudyPlan;
import org.civility.core.lecture.StudyPlanId;
import org.civility.core.lecture.StudyPlanRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/** Study plans in memory, as snapshots; one per unit and year. Thread-safe. */
public final class InMemoryStudyPlanRepository implements StudyPlanRepository {

    private final Map<StudyPlanId, StudyPlan> plans = new HashMap<>();

    @Override
    public synchronized Optional<StudyPlan> find(StudyPlanId id) {
        return Optional.ofNullable(plans.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized StudyPlan store(StudyPlan plan) {
        StudyPlan current = plans.get(plan.id());
        long actual = current == null ? 0 : current.version();
        if (plan.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "studyPlan", "id", plan.id(),
                    "expected", plan.version(), "actual", actual);
        }
        if (current == null && byUnitAndYear(plan.unit(), plan.year()).isPresent()) {
            throw CivilityException.of(LectureError.PLAN_EXISTS, "unit", plan.unit(), "year", plan.year());
        }
        StudyPlan stored = copy(plan, actual + 1);
        plans.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Optional<StudyPlan> byUnitAndYear(UnitId unit, int year) {
        return plans.values().stream().filter(p -> p.unit().equals(unit) && p.year() == year).findFirst()
                .map(p -> copy(p, p.version()));
    }

    private static StudyPlan copy(StudyPlan p, long version) {
        return StudyPlan.restore(p.id(), p.unit(), p.year(), p.parentPlan(), p.items(), p.createdAt(), p.createdBy(),
                version);
    }
}
