package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where activities are kept. Implemented by the persistence adapter and {@code InMemoryActivityRepository}. */
public interface ActivityRepository {

    Optional<Activity> find(ActivityId id);

    /**
     * Inserts or updates, themes and sign-ups (in their order) included.
     *
     * @return the activity as stored, with its new version
     * @throws CivilityException {@code STALE-VERSION} if {@code activity.version()} differs from the stored one
     */
    Activity store(Activity activity);

    /**
     * Activities of exactly {@code unit}, of the given form if any, ordered by start, then id (as text).
     */
    Page<Activity> byUnit(UnitId unit, Optional<PracticeForm> form, PageRequest page);

    /**
     * HELD activities of exactly {@code unit} and {@code form} starting in {@code [from, to)}, ordered by
     * start then id: what reports (such as the monthly lecture check, R-LECT-1) count.
     */
    List<Activity> heldByUnitBetween(UnitId unit, Instant from, Instant to, PracticeForm form);

    /**
     * PLANNED activities of exactly {@code unit} that end after {@code at} (coming or under way), ordered by start,
     * then id (as text): what a station's public page announces.
     */
    Page<Activity> plannedEndingAfter(UnitId unit, Instant at, PageRequest page);
}
