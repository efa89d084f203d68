package org.civility.core.organisation;

import static java.util.Objects.requireNonNull;

/**
 * A seat in a station's leadership: who sits, the two-committee post they hold and the seat they
 * take. Whether post and seat fit is {@link StationLeadershipPolicy}'s business (R-ORG-2).
 *
 * @param personName the person's name, trimmed, 1..200 characters
 * @param post       their two-committee post, never null
 * @param role       the seat, never null
 */
public record LeadershipSeat(String personName, CommitteePost post, LeadershipRole role) {

    public LeadershipSeat {
        personName = Names.require(personName, "personName");
        requireNonNull(post, "post");
        requireNonNull(role, "role");
    }
}
