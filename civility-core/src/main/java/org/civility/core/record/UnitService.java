package org.civility.core.record;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * The volunteer service a unit recorded in a period: one line of {@link ServiceRecordRepository#serviceByUnit}.
 *
 * @param unit    the recording unit (exactly it, not the units below)
 * @param minutes the minutes of its effective entries (not corrected by another) with time, starting in the period
 * @param entries how many such entries, at least 1
 */
public record UnitService(UnitId unit, long minutes, int entries) {

    public UnitService {
        requireNonNull(unit, "unit");
        if (minutes < 0 || entries < 1) {
            throw new IllegalArgumentException("minutes " + minutes + ", entries " + entries);
        }
    }
}
