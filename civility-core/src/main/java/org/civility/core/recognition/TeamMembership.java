package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.civility.core.organisation.UnitId;
import org.civility.core.team.TeamId;
import org.civility.core.volunteer.VolunteerId;

/** A team, its unit and its members, as input to the commendation. */
public record TeamMembership(TeamId team, UnitId unit, Set<VolunteerId> members) {

    public TeamMembership {
        requireNonNull(team, "team");
        requireNonNull(unit, "unit");
        members = Set.copyOf(requireNonNull(members, "members"));
    }
}
