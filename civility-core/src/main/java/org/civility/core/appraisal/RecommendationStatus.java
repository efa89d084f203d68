package org.civility.core.appraisal;

/** Where a resident's recommendation of a good person stands (R-APPR-2). */
public enum RecommendationStatus {
    /** Recommended; waiting for the committee. */
    PENDING,
    /** The committee made it a nomination of the campaign. */
    CONFIRMED,
    /** The committee declined it, with a reason. */
    DECLINED
}
