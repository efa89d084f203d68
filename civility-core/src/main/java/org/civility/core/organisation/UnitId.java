package org.civility.core.organisation;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a practice unit (center, institute, station, point or base). */
public record UnitId(UUID value) {

    /**
     * The whole installation, above every center. No unit has this id; a role granted here covers every unit
     * (the installation's administrator, who founds the first center: R-ACC-3).
     */
    public static final UnitId INSTALLATION = new UnitId(new UUID(0L, 0L));

    public UnitId {
        requireNonNull(value, "value");
    }

    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
