package org.civility.core.recognition;

/** The kind of a points ledger entry. */
public enum EntryKind {
    /** Points (possibly zero) earned by credited service hours. */
    CREDIT,
    /** Points spent at the love supermarket (爱心超市). */
    REDEMPTION,
    /** Points removed because they are older than the expiry setting. */
    EXPIRY,
    /**
     * Minutes (and the points they earned) withdrawn because a service record was corrected to fewer
     * minutes than were credited for it; never takes more points than the balance holds.
     */
    CORRECTION
}
