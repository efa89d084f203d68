package org.civility.core.appraisal;

/** Where a nomination stands. */
public enum NominationStatus {
    /** Nominated; votes may be cast for it. */
    NOMINATED,
    /** Chosen when voting closed; on public notice (公示). */
    SHORTLISTED,
    /** On notice but an objection is open: it cannot be awarded until the objection is resolved. */
    SUSPENDED,
    /** An objection was upheld: out of the campaign. */
    WITHDRAWN,
    /** Not chosen when voting closed. */
    NOT_SELECTED,
    /** Awarded. */
    AWARDED
}
