package org.civility.core.assistance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

/**
 * Command: the acting volunteer records a visit of a pairing (R-HELP-1).
 *
 * @param visitedAt       when the visit began; not in the future, not before the pairing's start
 * @param expectedVersion the pairing version the caller read, or null not to check
 */
public record RecordVisit(
        @NotNull CarePairingId pairing,
        @NotNull Instant visitedAt,
        @Min(1) @Max(Visit.MAX_DURATION_MINUTES) int durationMinutes,
        @Size(max = Visit.MAX_NOTES_LENGTH) String notes,
        Long expectedVersion) {

    public RecordVisit {
        notes = notes == null ? "" : notes;
    }

    /** Never prints the notes. */
    @Override
    public String toString() {
        return "RecordVisit[" + pairing + ", " + visitedAt + "]";
    }
}
