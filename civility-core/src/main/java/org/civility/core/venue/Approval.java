package org.civility.core.venue;

import java.time.Instant;

/** The residents' committee's approval of a non-practice use (R-VEN-2). */
public record Approval(String approvedBy, Instant approvedAt) {

    public Approval {
        approvedBy = Texts.required(approvedBy, "approvedBy");
        Texts.required(approvedAt, "approvedAt");
    }
}
