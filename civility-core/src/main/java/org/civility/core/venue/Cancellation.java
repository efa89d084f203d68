package org.civility.core.venue;

import java.time.Instant;

/**
 * Why a booking ended without use: a rejection by the residents' committee or a cancellation.
 *
 * @param rejected true if the committee rejected the use (R-VEN-2), false if it was cancelled
 */
public record Cancellation(String cancelledBy, Instant cancelledAt, String reason, boolean rejected) {

    public Cancellation {
        cancelledBy = Texts.required(cancelledBy, "cancelledBy");
        Texts.required(cancelledAt, "cancelledAt");
        reason = Texts.required(reason, "reason");
    }
}
