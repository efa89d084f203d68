package org.civility.persistence.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One volunteer's membership of a team, as a row of {@code civ_team_member}. */
@Embeddable
public class TeamMemberEmbeddable {

    @Column(name = "volunteer_id", nullable = false, length = 36)
    String volunteerId;

    /** One of the five-elders categories (R-TEAM-1), or null. */
    @Column(name = "category", length = 32)
    String category;

    /** A professional team member's profession, or null. */
    @Column(name = "profession", length = 32)
    String profession;

    @Column(name = "joined_at", nullable = false)
    Instant joinedAt;

    protected TeamMemberEmbeddable() {
    }

    TeamMemberEmbeddable(String volunteerId, String category, String profession, Instant joinedAt) {
        this.volunteerId = volunteerId;
        this.category = category;
        this.profession = profession;
        this.joinedAt = joinedAt;
    }
}
