package org.civility.core.team;

import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

/**
 * R-TEAM-1 (DOMAIN §3): a member of a five-elders team (五老) must belong to one of the five
 * categories: veteran party member, retired cadre, veteran soldier, retired teacher, former model
 * worker. Other kinds of team are not concerned.
 */
public final class FiveEldersMembershipPolicy implements Policy<Membership> {

    public static final String RULE = "R-TEAM-1";

    @Override
    public Decision evaluate(Membership membership) {
        if (membership.kind() == TeamKind.FIVE_ELDERS && membership.member().category().isEmpty()) {
            return Decision.rejected(TeamError.FIVE_ELDERS_CATEGORY_REQUIRED,
                    "team", membership.team(), "volunteer", membership.member().volunteer());
        }
        return Decision.allowed();
    }
}
