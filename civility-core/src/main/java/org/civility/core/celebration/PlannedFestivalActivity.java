package org.civility.core.celebration;

import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import java.time.LocalDate;
import java.util.Set;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/**
 * A suggested "our festivals" activity of a unit: a plan, not yet an activity.
 *
 * @param unit     the unit it is planned for
 * @param festival the festival
 * @param date     the festival's day (UTC+8)
 * @param form     the suggested practice form (always {@link PracticeForm#CELEBRATION})
 * @param themes   the suggested themes, never empty
 * @param title    a suggested Chinese title, e.g. {@code 2026年中秋节“我们的节日”主题活动}
 */
public record PlannedFestivalActivity(UnitId unit, Festival festival, LocalDate date, PracticeForm form,
                                      Set<Theme> themes, String title) {

    public PlannedFestivalActivity {
        requireNonNull(unit, "unit");
        requireNonNull(festival, "festival");
        requireNonNull(date, "date");
        requireNonNull(form, "form");
        themes = Set.copyOf(themes);
        requireNonNull(title, "title");
        if (themes.isEmpty()) {
            throw new IllegalArgumentException("themes must not be empty");
        }
    }
}
