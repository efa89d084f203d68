package org.civility.core.organisation;

import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * R-ORG-2 (DOMAIN §1, 篇9): in a station's leadership the party secretary is head (站长), the
 * committee director deputy head (副站长), and the other two-committee members are members (成员);
 * there is at most one head and one deputy head. Rejects with {@link OrganisationError#LEADERSHIP},
 * args {@code unit, person, role, post}.
 */
public final class StationLeadershipPolicy implements Policy<StationLeadershipPolicy.Appointment> {

    public static final String RULE = "R-ORG-2";

    private static final Map<LeadershipRole, CommitteePost> POST_FOR_ROLE = Map.of(
            LeadershipRole.HEAD, CommitteePost.PARTY_SECRETARY,
            LeadershipRole.DEPUTY_HEAD, CommitteePost.COMMITTEE_DIRECTOR,
            LeadershipRole.MEMBER, CommitteePost.COMMITTEE_MEMBER);

    /**
     * A candidate for a seat, next to the seats already taken.
     *
     * @param unitName  the station's name, for the message
     * @param seated    the seats already taken
     * @param candidate the seat asked for
     */
    public record Appointment(String unitName, List<LeadershipSeat> seated, LeadershipSeat candidate) {
        public Appointment {
            requireNonNull(unitName, "unitName");
            seated = List.copyOf(seated);
            requireNonNull(candidate, "candidate");
        }
    }

    /** The post a person must hold to take {@code role}. */
    public static CommitteePost postFor(LeadershipRole role) {
        return POST_FOR_ROLE.get(role);
    }

    @Override
    public Decision evaluate(Appointment appointment) {
        LeadershipSeat candidate = appointment.candidate();
        boolean postFits = postFor(candidate.role()) == candidate.post();
        boolean seatTaken = candidate.role() != LeadershipRole.MEMBER
                && appointment.seated().stream().anyMatch(s -> s.role() == candidate.role());
        if (postFits && !seatTaken) {
            return Decision.allowed();
        }
        return Decision.rejected(OrganisationError.LEADERSHIP,
                "unit", appointment.unitName(),
                "person", candidate.personName(),
                "role", candidate.role().name(),
                "post", candidate.post().name());
    }
}
