package org.civility.core.organisation;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the organisation feature. Rule codes equal the rule ids of {@code DOMAIN.md}. */
public enum OrganisationError implements ErrorCode {
    /** R-ORG-1: a unit's parent must have the tier {@code tier.parentTier()}; a center has none. Args: unit, tier, expected, actual. */
    PARENT_TIER("R-ORG-1", ErrorKind.RULE),
    /** R-ORG-2: station leadership follows the two-committee posts. Args: unit, person, role, post. */
    LEADERSHIP("R-ORG-2", ErrorKind.RULE),
    /** Leadership seats and grids exist only at stations. Args: unit, tier, what. */
    STATION_ONLY("ORG-STATION-ONLY", ErrorKind.RULE),
    /** The same person, grid or partner is already held by the unit. Args: unit, what, name. */
    DUPLICATE("ORG-DUPLICATE", ErrorKind.CONFLICT),
    /** A name is longer than allowed. Args: field, max. */
    NAME_TOO_LONG("ORG-NAME-TOO-LONG", ErrorKind.INVALID),
    /** A grid's number of buildings is negative. Args: grid, buildings. */
    GRID_BUILDINGS("ORG-GRID-BUILDINGS", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    OrganisationError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
