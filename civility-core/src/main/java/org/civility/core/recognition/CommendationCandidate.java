package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

/**
 * A volunteer's year as input to the commendation: the unit that nominates them, their service minutes
 * in the year and the average rating of their services (0 when unrated).
 */
public record CommendationCandidate(VolunteerId volunteer, UnitId unit, long minutes, double averageRating) {

    public CommendationCandidate {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(unit, "unit");
        if (minutes < 0) {
            throw CivilityException.of(RecognitionError.INVALID_VALUE, "field", "minutes", "value", String.valueOf(minutes));
        }
        if (!(averageRating >= 0 && averageRating <= 5)) {
            throw CivilityException.of(RecognitionError.INVALID_VALUE, "field", "averageRating",
                    "value", String.valueOf(averageRating));
        }
    }
}
