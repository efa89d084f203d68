package org.civility.core.appraisal;

/** Where a campaign stands; it only moves forward (R-APPR-1). */
public enum CampaignPhase {
    /** Nominations are taken. */
    NOMINATING,
    /** Households vote inside the voting window. */
    VOTING,
    /** The shortlist is publicly noticed (公示); objections may be raised. */
    PUBLIC_NOTICE,
    /** Awards stand and are recorded in the households' histories. */
    AWARDED
}
