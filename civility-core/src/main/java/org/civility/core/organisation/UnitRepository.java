package org.civility.core.organisation;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.util.ArrayList;
import java.util.List;
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

    /** How deep {@link #subtree} walks below its root: the tiers are four deep, so this is only a guard. */
    int MAX_SUBTREE_DEPTH = 8;

    /**
     * The unit and every unit below it (dissolved ones too), each parent before its children, children in
     * {@link #children}'s order, at most {@link #MAX_SUBTREE_DEPTH} levels down. An adapter may answer it
     * with one query.
     */
    default List<Unit> subtree(Unit root) {
        List<Unit> into = new ArrayList<>();
        collect(root, into, 0);
        return into;
    }

    private void collect(Unit unit, List<Unit> into, int depth) {
        into.add(unit);
        if (depth == MAX_SUBTREE_DEPTH) {
            return;
        }
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<Unit> page;
        do {
            page = children(unit.id(), request);
            for (Unit child : page.items()) {
                collect(child, into, depth + 1);
            }
            request = new PageRequest(request.offset() + PageRequest.MAX_LIMIT, PageRequest.MAX_LIMIT);
        } while (page.hasMore());
    }
}
