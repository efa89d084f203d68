package org.civility.core.lecture;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

/** Where study plans are kept; one per unit and year. */
public interface StudyPlanRepository {

    Optional<StudyPlan> find(StudyPlanId id);

    /**
     * Inserts or updates, items included; returns the plan as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if the version differs from the stored one;
     *                           LECTURE-PLAN-EXISTS when inserting a second plan for the unit and year
     */
    StudyPlan store(StudyPlan plan);

    /** The plan of a unit for a year, or empty. */
    Optional<StudyPlan> byUnitAndYear(UnitId unit, int year);
}
