package org.civility.core.dashboard;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.order.OrderStatus;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * A unit's month at a glance, for the unit and every unit below it. Months are calendar months in the service zone
 * (Asia/Shanghai by default).
 *
 * @param unit             the unit
 * @param name             its name
 * @param tier             its tier
 * @param month            the month
 * @param activitiesByForm activities held that started in the month, per practice form (every form present, 0 if none)
 * @param activitiesByTheme the same activities per theme (every theme present; an activity counts for each of its themes)
 * @param lectures         lecture compliance of the stations at or below the unit in the month (R-LECT-1)
 * @param ordersByStatus   orders placed at or below the unit in the month, per current status (every status present)
 * @param overdueVisits    care pairings whose visit is past due on the month's last day (today for the current
 *                         month, R-HELP-1); empty unless the actor may read the care report
 * @param hours            volunteer service recorded at or below the unit that started in the month
 */
public record MonthDashboard(UnitId unit, String name, Tier tier, YearMonth month,
                             Map<PracticeForm, Integer> activitiesByForm, Map<Theme, Integer> activitiesByTheme,
                             Lectures lectures, Map<OrderStatus, Integer> ordersByStatus,
                             Optional<Integer> overdueVisits, Hours hours) {

    public MonthDashboard {
        requireNonNull(unit, "unit");
        requireNonNull(name, "name");
        requireNonNull(tier, "tier");
        requireNonNull(month, "month");
        activitiesByForm = Map.copyOf(activitiesByForm);
        activitiesByTheme = Map.copyOf(activitiesByTheme);
        requireNonNull(lectures, "lectures");
        ordersByStatus = Map.copyOf(ordersByStatus);
        requireNonNull(overdueVisits, "overdueVisits");
        requireNonNull(hours, "hours");
    }

    /** All activities held in the month. */
    public int activities() {
        return activitiesByForm.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** All orders placed in the month. */
    public int orders() {
        return ordersByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Lecture compliance in the month (R-LECT-1).
     *
     * @param held      讲 held that started in the month (lectures given or reviewed and HELD activities of the
     *                  lecture form), at the stations at or below the unit and their points and bases
     * @param stations  stations at or below the unit
     * @param compliant of them, those that held at least one lecture in the month
     */
    public record Lectures(int held, int stations, int compliant) {
    }

    /**
     * Volunteer service in the month: effective service record entries (not corrected by a later one) with time
     * served, by their start.
     *
     * @param minutes    minutes served
     * @param volunteers distinct volunteers who served
     * @param entries    how many entries
     */
    public record Hours(long minutes, int volunteers, int entries) {
    }
}
