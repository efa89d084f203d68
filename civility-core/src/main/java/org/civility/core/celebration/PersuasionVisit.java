package org.civility.core.celebration;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * The red-and-white council's visit to a household whose ceremony is over the village's limits (劝导, R-CELE-1).
 *
 * @param note      what was said and agreed, 1-{@value #MAX_NOTE_LENGTH} characters
 * @param visitedAt when the visit was recorded
 * @param visitedBy name of the actor who recorded it
 */
public record PersuasionVisit(String note, Instant visitedAt, String visitedBy) {

    public static final int MAX_NOTE_LENGTH = 1000;

    public PersuasionVisit {
        requireNonNull(visitedAt, "visitedAt");
        requireNonNull(visitedBy, "visitedBy");
        if (note == null || note.isBlank() || note.strip().length() > MAX_NOTE_LENGTH) {
            throw FamilyCeremony.invalid("note", note == null ? null : "(" + note.length() + " characters)");
        }
        note = note.strip();
    }
}
