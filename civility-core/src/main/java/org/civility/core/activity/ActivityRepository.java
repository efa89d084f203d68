package org.civility.core.activity;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import org.civility.core.organisation.UnitInstant;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
     * How many HELD activities each of {@code units} (each exactly, not the units below) held of each form, starting
     * in {@code [from, to)}: one line per unit and form with at least one, in no particular order. What dashboards
     * count, in one read however many units.
     *
     * @return never null; empty for no units
     */
    List<HeldCount> heldCounts(Collection<UnitId> units, Instant from, Instant to);

    /**
     * How many HELD activities of {@code units} starting in {@code [from, to)} carry each theme (an activity counts
     * once for each of its themes); themes without one are left out.
     *
     * @return never null; empty for no units
     */
    Map<Theme, Integer> heldThemeCounts(Collection<UnitId> units, Instant from, Instant to);

    /**
     * The unit and start of each HELD activity of {@code form} of {@code units} starting in {@code [from, to)},
     * ordered by start, then unit: what a report by month (R-LECT-1) needs of them.
     *
     * @return never null; empty for no units
     */
    List<UnitInstant> heldStarts(Collection<UnitId> units, PracticeForm form, Instant from, Instant to);

    /**
     * PLANNED activities of exactly {@code unit} that end after {@code at} (coming or under way), ordered by start,
     * then id (as text): what a station's public page announces.
     */
    Page<Activity> plannedEndingAfter(UnitId unit, Instant at, PageRequest page);
}
