package org.civility.core.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.civility.core.organisation.UnitId;

import java.time.Instant;
import java.util.Optional;

/**
 * Command: create this year's activity of a seasonal programme at a unit.
 *
 * @param template the {@link ProgrammeTemplate#code() code} of a built-in template
 * @param year     the year the season starts in
 * @param start    when it starts; empty for 09:00 (in the service's zone) on the first day of the season
 * @param capacity how many places, empty for no limit
 */
public record CreateFromTemplate(@NotNull UnitId unit, @NotBlank String template, int year,
                                 @NotNull Optional<Instant> start, @NotNull Optional<Integer> capacity) {
}
