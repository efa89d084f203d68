package org.civility.core.organisation;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * Something that happened at a unit, reduced to where and when: what a report that only counts per unit and period
 * reads instead of whole aggregates (R-LECT-1's months with a lecture, say).
 *
 * @param unit the unit it happened at
 * @param at   when it started
 */
public record UnitInstant(UnitId unit, Instant at) {

    public UnitInstant {
        requireNonNull(unit, "unit");
        requireNonNull(at, "at");
    }
}
