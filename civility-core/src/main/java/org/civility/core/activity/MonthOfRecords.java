package org.civility.core.activity;

import org.civility.core.organisation.UnitId;

import java.time.YearMonth;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A unit's month of activity records (R-ACT-1), the report a station files with the county: the records of the
 * activities held at the unit and the units below it (a station's practice points and bases) that started in the
 * month, and the held activities of that month that keep no record yet.
 *
 * @param unit     the unit asked for
 * @param unitName its name
 * @param month    the month, reckoned in the service's zone
 * @param records  by start, then activity id
 * @param missing  held activities without a record, by start, then id
 */
public record MonthOfRecords(UnitId unit, String unitName, YearMonth month, List<Line> records, List<Gap> missing) {

    public MonthOfRecords {
        requireNonNull(unit, "unit");
        requireNonNull(unitName, "unitName");
        requireNonNull(month, "month");
        records = List.copyOf(records);
        missing = List.copyOf(missing);
    }

    /** How many of the records are complete. */
    public long complete() {
        return records.stream().filter(l -> l.record().complete()).count();
    }

    /** A record with the name of the unit that held its activity. */
    public record Line(String unitName, ActivityRecord record) {
        public Line {
            requireNonNull(unitName, "unitName");
            requireNonNull(record, "record");
        }
    }

    /** A held activity that keeps no record, with the name of its unit. */
    public record Gap(String unitName, Activity activity) {
        public Gap {
            requireNonNull(unitName, "unitName");
            requireNonNull(activity, "activity");
        }
    }
}
