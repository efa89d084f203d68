package org.civility.core.organisation;

import static java.util.Objects.requireNonNull;

/**
 * A partner organisation (共建单位) co-running activities with a unit.
 *
 * @param name unique within the unit, trimmed, 1..200 characters
 * @param kind what kind of organisation it is, never null
 */
public record Partner(String name, PartnerKind kind) {

    public Partner {
        name = Names.require(name, "partner");
        requireNonNull(kind, "kind");
    }
}
