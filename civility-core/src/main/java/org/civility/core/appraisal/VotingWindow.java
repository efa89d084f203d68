package org.civility.core.appraisal;

import java.time.Instant;

import org.civility.core.shared.CivilityException;

/** The half-open period {@code [opens, closes)} in which households vote. */
public record VotingWindow(Instant opens, Instant closes) {

    /** @throws CivilityException {@link AppraisalError#WINDOW_INVALID} unless it closes after it opens */
    public VotingWindow {
        Checks.required(opens, "opens");
        Checks.required(closes, "closes");
        if (!closes.isAfter(opens)) {
            throw CivilityException.of(AppraisalError.WINDOW_INVALID, "opens", opens, "closes", closes);
        }
    }

    public boolean contains(Instant at) {
        return !at.isBefore(opens) && at.isBefore(closes);
    }
}
