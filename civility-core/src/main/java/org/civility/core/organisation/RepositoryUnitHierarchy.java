package org.civility.core.organisation;

import org.civility.core.access.UnitHierarchy;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The unit tree as {@link org.civility.core.access.AccessControl} sees it, answered by walking
 * parents through a {@link UnitRepository}. An unknown unit lies within nothing but itself.
 */
public final class RepositoryUnitHierarchy implements UnitHierarchy {

    /** More levels than the tiers allow (center, institute, station, point): guards corrupt data. */
    private static final int MAX_DEPTH = 16;

    private final UnitRepository units;

    public RepositoryUnitHierarchy(UnitRepository units) {
        this.units = requireNonNull(units, "units");
    }

    @Override
    public boolean isWithin(UnitId unit, UnitId ancestorOrSelf) {
        Optional<UnitId> current = Optional.of(unit);
        for (int depth = 0; current.isPresent() && depth < MAX_DEPTH; depth++) {
            if (current.get().equals(ancestorOrSelf)) {
                return true;
            }
            current = units.parentOf(current.get());
        }
        return false;
    }
}
