package org.civility.core.activity;

import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * A volunteer who checked in for an activity (R-ACT-1), as the record took it from the service records: the
 * volunteer and their real name when the record was kept.
 *
 * @param volunteer the volunteer
 * @param name      1-{@value ActivityRecord#MAX_NAME_LENGTH} characters
 */
public record Attendee(VolunteerId volunteer, String name) {

    public Attendee {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > ActivityRecord.MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("an attendee's name has 1 to " + ActivityRecord.MAX_NAME_LENGTH
                    + " characters");
        }
    }
}
