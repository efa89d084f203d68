package org.civility.core.organisation;

import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * R-ORG-1 (DOMAIN §1): a unit's parent must have the tier {@link Tier#parentTier()}: a station's
 * parent is an institute, an institute's a center, a point's or base's a station; a center has no
 * parent. Rejects with {@link OrganisationError#PARENT_TIER}, args {@code unit, tier, expected, actual}
 * ({@code "-"} standing for "no parent").
 */
public final class ParentTierPolicy implements Policy<ParentTierPolicy.Placement> {

    public static final String RULE = "R-ORG-1";

    /** Written for "no parent" in the rejection's arguments. */
    static final String NONE = "-";

    /**
     * Where a unit is to be placed.
     *
     * @param unitName   the unit's name, for the message
     * @param tier       the unit's tier
     * @param parentTier the tier of the intended parent, empty for no parent
     */
    public record Placement(String unitName, Tier tier, Optional<Tier> parentTier) {
        public Placement {
            requireNonNull(unitName, "unitName");
            requireNonNull(tier, "tier");
            requireNonNull(parentTier, "parentTier");
        }
    }

    @Override
    public Decision evaluate(Placement placement) {
        Optional<Tier> expected = placement.tier().parentTier();
        if (expected.equals(placement.parentTier())) {
            return Decision.allowed();
        }
        return Decision.rejected(OrganisationError.PARENT_TIER,
                "unit", placement.unitName(),
                "tier", placement.tier().name(),
                "expected", expected.map(Tier::name).orElse(NONE),
                "actual", placement.parentTier().map(Tier::name).orElse(NONE));
    }
}
