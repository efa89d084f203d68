package org.civility.core.celebration;

import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Messages;

import static java.util.Objects.requireNonNull;

/**
 * Plans a unit's "our festivals" (我们的节日) activities for a year from the {@link FestivalCalendar}:
 * one celebration (庆) per festival, themed culture and morality, titled in Chinese as the
 * activity would be announced. Stateless.
 */
public final class FestivalPlanner {

    private static final String BUNDLE = "org.civility.core.celebration.messages";

    private final FestivalCalendar calendar;

    public FestivalPlanner(FestivalCalendar calendar) {
        this.calendar = requireNonNull(calendar, "calendar");
    }

    /**
     * The year's festival activities in date order.
     *
     * @throws org.civility.core.shared.CivilityException {@code CELEBRATION-YEAR-INVALID} outside 1900–2100
     */
    public List<PlannedFestivalActivity> plan(UnitId unit, int year) {
        requireNonNull(unit, "unit");
        return calendar.festivals(year).stream()
                .map(f -> new PlannedFestivalActivity(unit, f.festival(), f.date(), PracticeForm.CELEBRATION,
                        EnumSet.of(Theme.CULTURE, Theme.MORALITY), title(f.festival(), year)))
                .toList();
    }

    /** e.g. {@code 2026年中秋节“我们的节日”主题活动}. */
    static String title(Festival festival, int year) {
        String name = Messages.text(BUNDLE, Locale.SIMPLIFIED_CHINESE, "Festival." + festival.name(), Map.of());
        return Messages.text(BUNDLE, Locale.SIMPLIFIED_CHINESE, "FestivalPlanner.title",
                Map.of("year", String.valueOf(year), "festival", name));
    }
}
