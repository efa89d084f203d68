package org.civility.persistence.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.InLists;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link UnitRepository} over JPA (table {@code civ_unit} and its child tables). Runs in the
 * caller's transaction; every store bumps the version, even when only a list changed.
 */
public class JpaUnitRepository implements UnitRepository {

    private final EntityManager em;

    public JpaUnitRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Unit> find(UnitId id) {
        return Optional.ofNullable(em.find(UnitEntity.class, id.toString())).map(UnitMapper::toDomain);
    }

    @Override
    public Unit store(Unit unit) {
        UnitEntity e = StoredVersions.store(em, UnitEntity.class, "unit", unit.id(), unit.version(), UnitEntity::new,
                row -> UnitMapper.copy(unit, row), row -> row.version);
        return UnitMapper.toDomain(e);
    }

    @Override
    public Page<Unit> children(UnitId parent, PageRequest page) {
        return page(em.createQuery(
                "select u from UnitEntity u where u.parentId = :parent order by u.name, u.id", UnitEntity.class)
                .setParameter("parent", parent.toString()), page);
    }

    @Override
    public Page<Unit> roots(PageRequest page) {
        return page(em.createQuery(
                "select u from UnitEntity u where u.parentId is null order by u.name, u.id", UnitEntity.class), page);
    }

    /**
     * One statement per level of the tree (an IN list of the level's units), the units' lists read in batches with
     * them, instead of {@link UnitRepository}'s walk of one {@code children} page (and its lists) per unit: a
     * county's 421 units in about four reads. The rows are read-only, as only their snapshots leave.
     */
    @Override
    public List<Unit> subtree(Unit root) {
        requireNonNull(root, "root");
        Map<UnitId, List<Unit>> childrenOf = new HashMap<>();
        List<String> level = List.of(root.id().toString());
        for (int depth = 0; depth < MAX_SUBTREE_DEPTH && !level.isEmpty(); depth++) {
            // ordered by name then id, so each parent's children come in children()'s order
            List<Unit> found = InLists.read(level, parents -> em.createQuery("select u from UnitEntity u"
                                    + " where u.parentId in :parents order by u.name, u.id", UnitEntity.class)
                            .setParameter("parents", parents)
                            .setHint(QueryHints.BATCH, "u.leadership")
                            .setHint(QueryHints.BATCH, "u.staff")
                            .setHint(QueryHints.BATCH, "u.grids")
                            .setHint(QueryHints.BATCH, "u.partners")
                            .setHint(QueryHints.BATCH_TYPE, BatchFetchType.IN.name())
                            .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                            .getResultList()).stream()
                    .map(UnitMapper::toDomain).toList();
            found.forEach(u -> childrenOf.computeIfAbsent(u.parent().orElseThrow(), p -> new ArrayList<>()).add(u));
            level = found.stream().map(u -> u.id().toString()).toList();
        }
        List<Unit> into = new ArrayList<>();
        depthFirst(root, childrenOf, into);
        return into;
    }

    private static void depthFirst(Unit unit, Map<UnitId, List<Unit>> childrenOf, List<Unit> into) {
        into.add(unit);
        for (Unit child : childrenOf.getOrDefault(unit.id(), List.of())) {
            depthFirst(child, childrenOf, into);
        }
    }

    @Override
    public Optional<UnitId> parentOf(UnitId id) {
        return em.createQuery("select u.parentId from UnitEntity u where u.id = :id", String.class)
                .setParameter("id", id.toString())
                .getResultStream()
                .filter(p -> p != null)
                .findFirst()
                .map(UnitId::of);
    }

    private static Page<Unit> page(TypedQuery<UnitEntity> query, PageRequest page) {
        return Pages.of(query, page, UnitMapper::toDomain);
    }
}
