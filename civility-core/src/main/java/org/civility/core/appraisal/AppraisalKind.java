package org.civility.core.appraisal;

/** What a campaign appraises (评, DOMAIN §4). Only star-rated households are rated by star thresholds. */
public enum AppraisalKind {
    /** 星级文明户: households rated one to five stars by the votes they reach. */
    STAR_CIVILISED_HOUSEHOLD,
    /** 好邻居. */
    GOOD_NEIGHBOUR,
    /** 好媳妇. */
    GOOD_DAUGHTER_IN_LAW,
    /** 好公婆. */
    GOOD_PARENTS_IN_LAW,
    /** 最美家庭. */
    MOST_BEAUTIFUL_FAMILY,
    /** 好人. */
    GOOD_PERSON,
    /** 道德模范. */
    MORAL_MODEL;

    /** True if winners are rated by star thresholds rather than picked as the top places. */
    public boolean starRated() {
        return this == STAR_CIVILISED_HOUSEHOLD;
    }
}
