package org.civility.core.team;

import static java.util.Objects.requireNonNull;

/**
 * What membership policies look at: a member joining (or belonging to) a team.
 *
 * @param team   the team's id
 * @param kind   the team's kind
 * @param member the membership
 */
public record Membership(TeamId team, TeamKind kind, TeamMember member) {

    public Membership {
        requireNonNull(team, "team");
        requireNonNull(kind, "kind");
        requireNonNull(member, "member");
    }
}
