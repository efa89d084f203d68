package org.civility.core.assessment;

import java.time.Instant;

import org.civility.core.organisation.UnitId;

/** How many held activities of exactly {@code unit} that started in {@code [from, to)} have a complete record (R-ACT-1). */
@FunctionalInterface
public interface CompleteRecords {

    int count(UnitId unit, Instant from, Instant to);
}
