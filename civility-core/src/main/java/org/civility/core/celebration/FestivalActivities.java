package org.civility.core.celebration;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityService;
import org.civility.core.activity.PlanActivity;
import org.civility.core.activity.PracticeForm;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Turns a unit's festival plan for a year (computed from the Chinese calendar) into planned
 * celebration activities (庆), one per festival still ahead. Running it again for the same year adds
 * nothing that is already planned (matched by title), so a station can plan its year in one step and
 * repeat it safely.
 */
public final class FestivalActivities {

    /** When festival activities start by default, local time. */
    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

    private final AccessControl access;
    private final CelebrationService celebrations;
    private final ActivityService activities;
    private final Clock clock;
    private final ZoneId zone;

    public FestivalActivities(AccessControl access, CelebrationService celebrations, ActivityService activities,
                              Clock clock, ZoneId zone) {
        this.access = requireNonNull(access, "access");
        this.celebrations = requireNonNull(celebrations, "celebrations");
        this.activities = requireNonNull(activities, "activities");
        this.clock = requireNonNull(clock, "clock");
        this.zone = requireNonNull(zone, "zone");
    }

    /**
     * Plans the festival activities of {@code year} at {@code unit} that start after now.
     *
     * @return the activities planned by this call, in date order; never null
     * @throws org.civility.core.shared.CivilityException ACCESS-DENIED without MANAGE_ACTIVITIES at the unit
     *                                                    (checked first, even when nothing is left to plan);
     *                                                    CELEBRATION-YEAR-INVALID
     */
    public List<Activity> planYear(Actor actor, UnitId unit, int year) {
        access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        List<PlannedFestivalActivity> plan = celebrations.plan(actor, unit, year);
        Set<String> planned = plannedTitles(actor, unit);
        Instant now = clock.instant();
        List<Activity> created = new ArrayList<>();
        for (PlannedFestivalActivity p : plan) {
            Instant start = p.date().atTime(DEFAULT_START).atZone(zone).toInstant();
            if (!start.isAfter(now) || planned.contains(p.title())) {
                continue;
            }
            created.add(activities.plan(actor, new PlanActivity(unit, p.form(), p.themes(), p.title(), null,
                    start, start.plus(DEFAULT_LENGTH), Optional.empty(), Optional.empty())));
        }
        return created;
    }

    private Set<String> plannedTitles(Actor actor, UnitId unit) {
        Set<String> titles = new HashSet<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<Activity> batch = activities.list(actor, unit, Optional.of(PracticeForm.CELEBRATION), page);
            batch.items().forEach(a -> titles.add(a.title()));
            if (!batch.hasMore()) {
                return titles;
            }
            page = new PageRequest(page.offset() + page.limit(), page.limit());
        }
    }
}
