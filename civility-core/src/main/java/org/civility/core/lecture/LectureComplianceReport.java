package org.civility.core.lecture;

import java.time.YearMonth;
import java.util.List;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * R-LECT-1: each station holds at least one lecture a month (每月开讲). For a unit and the months
 * {@code from..to} (inclusive), every station at or below the unit with the months in which it held
 * no lecture (a lecture counts in the month of its start in Asia/Shanghai, once given or reviewed).
 *
 * @param unit     the unit reported on
 * @param from     first month
 * @param to       last month
 * @param stations one line per station, in tree order (children by name)
 */
public record LectureComplianceReport(UnitId unit, YearMonth from, YearMonth to, List<StationCompliance> stations) {

    public LectureComplianceReport {
        requireNonNull(unit, "unit");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        stations = List.copyOf(stations);
    }

    /** The stations that missed at least one month. */
    public List<StationCompliance> missing() {
        return stations.stream().filter(s -> !s.compliant()).toList();
    }
}
