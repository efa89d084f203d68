package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the records of held activities are kept (R-ACT-1), one per activity. Implemented by the persistence adapter
 * and {@code InMemoryActivityRecordRepository}.
 */
public interface ActivityRecordRepository {

    /** The record of an activity, if one was kept. */
    Optional<ActivityRecord> find(ActivityId activity);

    /**
     * Inserts or updates, with its attendees, names and photos (in their order).
     *
     * @return the record as stored, with its new version
     * @throws CivilityException {@code STALE-VERSION} if {@code record.version()} differs from the stored one (0 for
     *                           a new record)
     */
    ActivityRecord store(ActivityRecord record);

    /**
     * The records of the held activities of exactly {@code unit} whose start lies in {@code [from, to)}, ordered by
     * start, then activity id (as text): what a month's report lists.
     */
    List<ActivityRecord> byUnitBetween(UnitId unit, Instant from, Instant to);

    /**
     * How many of {@link #byUnitBetween} are {@link ActivityRecord#complete() complete}: what the station's
     * assessment (R-ASSESS-1) counts, per unit of the station's subtree.
     */
    int countComplete(UnitId unit, Instant from, Instant to);
}
