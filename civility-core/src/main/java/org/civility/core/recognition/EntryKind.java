package org.civility.core.recognition;

/** The kind of a points ledger entry. */
public enum EntryKind {
    /** Points (possibly zero) earned by credited service hours. */
    CREDIT,
    /** Points spent at the love supermarket (爱心超市). */
    REDEMPTION,
    /** Points removed because they are older than the expiry setting. */
    EXPIRY
}
