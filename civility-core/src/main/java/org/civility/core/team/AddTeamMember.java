package org.civility.core.team;

import jakarta.validation.constraints.NotNull;
import org.civility.core.volunteer.VolunteerId;

import java.util.Optional;

/**
 * Command: a volunteer joins a team.
 *
 * @param category   required for a five-elders team (R-TEAM-1)
 * @param profession for a professional team, optional
 */
public record AddTeamMember(@NotNull TeamId team, @NotNull VolunteerId volunteer,
                            @NotNull Optional<FiveEldersCategory> category, @NotNull Optional<Profession> profession) {

    public AddTeamMember {
        category = category == null ? Optional.empty() : category;
        profession = profession == null ? Optional.empty() : profession;
    }

    /** A member who names neither a category nor a profession. */
    public static AddTeamMember of(TeamId team, VolunteerId volunteer) {
        return new AddTeamMember(team, volunteer, Optional.empty(), Optional.empty());
    }
}
