package org.civility.core.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

/** Command: form a team at a unit. */
public record FormTeam(@NotNull UnitId unit, @NotNull TeamKind kind, @NotBlank @Size(max = Team.MAX_NAME_LENGTH) String name) {
}
