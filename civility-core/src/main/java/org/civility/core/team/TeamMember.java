package org.civility.core.team;

import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A volunteer's membership of a team.
 *
 * @param volunteer  who
 * @param category   for a five-elders team, which of the five (R-TEAM-1); otherwise usually empty
 * @param profession for a professional team, what they do; optional
 * @param joinedAt   when they joined
 */
public record TeamMember(VolunteerId volunteer, Optional<FiveEldersCategory> category, Optional<Profession> profession,
                         Instant joinedAt) {

    public TeamMember {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(category, "category");
        requireNonNull(profession, "profession");
        requireNonNull(joinedAt, "joinedAt");
    }
}
