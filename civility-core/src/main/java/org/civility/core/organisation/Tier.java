package org.civility.core.organisation;

import java.util.Optional;

/**
 * The tiers of the practice network (DOMAIN §1). Each tier names the tier its parent must have
 * (R-ORG-1): a station's parent is an institute, an institute's parent a center; points and bases
 * hang below a station; a center is a root.
 */
public enum Tier {
    /** 新时代文明实践中心, county or district. */
    CENTER(null),
    /** 新时代文明实践所, township or street. */
    INSTITUTE(CENTER),
    /** 新时代文明实践站, village or urban community. */
    STATION(INSTITUTE),
    /** 实践点, a practice point below a station. */
    POINT(STATION),
    /** 实践基地, a practice base below a station. */
    BASE(STATION);

    private final Tier parentTier;

    Tier(Tier parentTier) {
        this.parentTier = parentTier;
    }

    /** The tier a parent of this tier must have; empty for a center. */
    public Optional<Tier> parentTier() {
        return Optional.ofNullable(parentTier);
    }
}
