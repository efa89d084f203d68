package org.civility.core.lecture;

/** Where an item of a study plan comes from (R-LECT-4). Labels: {@code PlanItemSource.<CONSTANT>}. */
public enum PlanItemSource {
    /** Copied from the parent unit's plan of the same year. */
    PARENT,
    /** Taken from a resident's lecture request. */
    REQUEST,
    /** Added by the unit itself. */
    LOCAL
}
