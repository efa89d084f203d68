package org.civility.core.organisation;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.util.Optional;

/** Where units live. Implementations: {@code memory.InMemoryUnitRepository}, the JPA adapter. */
public interface UnitRepository {

    /** The unit with this id, or empty. */
    Optional<Unit> find(UnitId id);

    /**
     * Inserts (version 0) or updates the unit with all its seats, staff, grids and partners.
     *
     * @return the unit as stored, with its new version (the given version plus one)
     * @throws CivilityException STALE-VERSION (args what=unit, id, expected, actual) if the given
     *                           version differs from the stored one (0 when not stored yet)
     */
    Unit store(Unit unit);

    /**
     * The direct children of {@code parent}, ordered by name then by the id's text form (as a
     * database sorts a uuid or char(36) column, not as {@link java.util.UUID#compareTo} does).
     */
    Page<Unit> children(UnitId parent, PageRequest page);

    /** The units without a parent (centers), ordered like {@link #children}. */
    Page<Unit> roots(PageRequest page);

    /** The parent of a unit; empty for a root or an unknown unit. */
    Optional<UnitId> parentOf(UnitId id);
}
