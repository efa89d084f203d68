package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

/** How many volunteers and teams a unit may commend in a year. */
public record CommendationQuota(UnitId unit, int volunteers, int teams) {

    public CommendationQuota {
        requireNonNull(unit, "unit");
        if (volunteers < 0 || teams < 0) {
            throw CivilityException.of(RecognitionError.INVALID_VALUE, "field", "quota",
                    "value", volunteers + "/" + teams);
        }
    }
}
