package org.civility.core.assistance;

import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * One home visit of a care pairing (R-HELP-1: every visit is recorded).
 *
 * @param volunteer       who visited, one of the pairing's volunteers
 * @param visitedAt       when the visit began
 * @param durationMinutes 1-{@value #MAX_DURATION_MINUTES}
 * @param notes           what was done or noticed, at most {@value #MAX_NOTES_LENGTH} characters, may be empty;
 *                        part of the recipient's protected details
 */
public record Visit(VolunteerId volunteer, Instant visitedAt, int durationMinutes, String notes) {

    public static final int MAX_DURATION_MINUTES = 24 * 60;
    public static final int MAX_NOTES_LENGTH = 1000;

    public Visit {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(visitedAt, "visitedAt");
        if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            throw CivilityException.of(AssistanceError.VISIT_DURATION,
                    "minutes", durationMinutes, "max", MAX_DURATION_MINUTES);
        }
        notes = CareRecipient.checkText(notes, "notes", MAX_NOTES_LENGTH);
    }

    /** The same visit without its notes, for those who may not see the recipient's details. */
    public Visit withoutNotes() {
        return new Visit(volunteer, visitedAt, durationMinutes, "");
    }

    @Override
    public String toString() {
        return "Visit[" + volunteer + ", " + visitedAt + ", " + durationMinutes + " min]";
    }
}
