package org.civility.core.record;

/** Where an effective entry stands, as an export or report shows it. Labels: bundle key {@code RecordStatus.<CONSTANT>}. */
public enum RecordStatus {
    /** Closed and credited. */
    COMPLETED,
    /** A session checked in and not yet checked out: credits nothing yet. */
    OPEN,
    /** Flagged (a forgotten check-out): credits nothing until an administrator corrects it. */
    TO_REVIEW;

    /** The status of an effective entry. */
    public static RecordStatus of(ServiceRecord entry) {
        if (!entry.flags().isEmpty()) {
            return TO_REVIEW;
        }
        return entry.isOpen() ? OPEN : COMPLETED;
    }
}
