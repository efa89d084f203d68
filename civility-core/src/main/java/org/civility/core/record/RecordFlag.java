package org.civility.core.record;

/** Marks on an entry that call for attention. */
public enum RecordFlag {
    /** Closed automatically at the scheduled end because nobody checked out; credits no minutes until reviewed. */
    FORGOTTEN_CHECK_OUT_REVIEW
}
