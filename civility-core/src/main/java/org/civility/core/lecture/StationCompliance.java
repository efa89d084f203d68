package org.civility.core.lecture;

import java.time.YearMonth;
import java.util.List;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * One station's line of a {@link LectureComplianceReport}.
 *
 * @param station       the station
 * @param name          its name
 * @param lectures      how many 讲 it held in the period: lectures given or reviewed and HELD activities of
 *                      the lecture form, at the station and its points and bases (R-LECT-1)
 * @param missingMonths the months without a held lecture, ascending (empty: compliant)
 */
public record StationCompliance(UnitId station, String name, int lectures, List<YearMonth> missingMonths) {

    public StationCompliance {
        requireNonNull(station, "station");
        requireNonNull(name, "name");
        missingMonths = List.copyOf(missingMonths);
    }

    public boolean compliant() {
        return missingMonths.isEmpty();
    }
}
