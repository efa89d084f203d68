package org.civility.core.venue;

import java.util.Optional;

import org.civility.core.access.AccessControl;
import org.civility.core.access.AccessError;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * R-VEN-2 (clarified) other use of a venue is approved by the residents' committee (居委/村委) role; a locality may
 * widen this by setting. Decides who may approve or reject a pending booking at the booking's unit:
 * <ul>
 *   <li>whoever holds {@link Permission#APPROVE_VENUE_USE} there: the committee's role, and heads, who hold every
 *       permission;</li>
 *   <li>where {@link #APPROVERS} in force at the unit is {@link OtherUseApprovers#COMMITTEE_OR_ADMINISTRATORS}, also
 *       whoever manages the venue ({@link Permission#MANAGE_VENUES}: the station's administrators), but only if the
 *       widening was decided at a unit where they may not configure policies themselves: nobody widens the rule for
 *       their own approvals (ADR 0034).</li>
 * </ul>
 *
 * <p>Rejects an actor who manages the venue with {@link VenueError#NOT_THE_COMMITTEE} (kind FORBIDDEN, naming the
 * actor and the setting's value), anyone else with ACCESS-DENIED for {@code APPROVE_VENUE_USE}, as a missing
 * permission always is.
 */
public final class CommitteeApprovesOtherUsePolicy implements Policy<CommitteeApprovesOtherUsePolicy.Approver> {

    public static final String RULE = "R-VEN-2";

    /**
     * Who approves other use at a unit. Default {@link OtherUseApprovers#COMMITTEE}; a county or township widens it
     * for its units with {@code COMMITTEE_OR_ADMINISTRATORS}, a unit below narrows again with {@code COMMITTEE_ONLY}.
     */
    public static final SettingKey<OtherUseApprovers> APPROVERS =
            SettingKey.ordered("venue.other-use-approvers", OtherUseApprovers.class, OtherUseApprovers.COMMITTEE);

    private final AccessControl access;
    private final PolicySettings settings;

    public CommitteeApprovesOtherUsePolicy(AccessControl access, PolicySettings settings) {
        this.access = requireNonNull(access, "access");
        this.settings = requireNonNull(settings, "settings");
    }

    /** An actor about to approve or reject a pending booking of a venue at {@code unit}. */
    public record Approver(Actor actor, UnitId unit) {

        public Approver {
            requireNonNull(actor, "actor");
            requireNonNull(unit, "unit");
        }
    }

    @Override
    public Decision evaluate(Approver approver) {
        Actor actor = approver.actor();
        UnitId unit = approver.unit();
        if (access.permits(actor, Permission.APPROVE_VENUE_USE, unit)) {
            return Decision.allowed();
        }
        if (!access.permits(actor, Permission.MANAGE_VENUES, unit)) {
            return Decision.rejected(AccessError.OUTSIDE_SUBTREE, "actor", actor.name(),
                    "permission", Permission.APPROVE_VENUE_USE.name());
        }
        OtherUseApprovers approvers = settings.effective(APPROVERS, unit);
        if (approvers.includesAdministrators() && decidedElsewhere(actor, settings.decidedAt(APPROVERS, unit))) {
            return Decision.allowed();
        }
        return Decision.rejected(VenueError.NOT_THE_COMMITTEE, "actor", actor.name(), "approvers", approvers.name());
    }

    /**
     * Whether a unit where the actor does not configure policies set the value in force. A widening whose origin the
     * settings do not tell (a portal's own {@link PolicySettings} without {@code decidedAt}) counts as the actor's
     * own: administrators then approve nothing, and the committee does (fails closed).
     */
    private boolean decidedElsewhere(Actor actor, Optional<UnitId> decidedAt) {
        return decidedAt.map(u -> !access.permits(actor, Permission.CONFIGURE_POLICIES, u)).orElse(false);
    }
}
