package org.civility.core.team;

import jakarta.validation.constraints.NotNull;
import org.civility.core.volunteer.VolunteerId;

/** Command: a volunteer leaves a team. */
public record RemoveTeamMember(@NotNull TeamId team, @NotNull VolunteerId volunteer) {
}
