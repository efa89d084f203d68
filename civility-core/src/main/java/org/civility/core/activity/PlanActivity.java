package org.civility.core.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;
import org.civility.core.venue.BookingId;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Command: plan an activity at a unit.
 *
 * @param booking  an existing venue booking the activity uses, if any
 * @param capacity how many places, empty for no limit
 */
public record PlanActivity(@NotNull UnitId unit, @NotNull PracticeForm form, @NotEmpty Set<Theme> themes,
                           @NotBlank @Size(max = Activity.MAX_TITLE_LENGTH) String title,
                           @Size(max = Activity.MAX_DESCRIPTION_LENGTH) String description,
                           @NotNull Instant start, @NotNull Instant end,
                           @NotNull Optional<BookingId> booking, @NotNull Optional<Integer> capacity) {
}
