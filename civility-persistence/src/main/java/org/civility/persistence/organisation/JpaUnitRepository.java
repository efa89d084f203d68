package org.civility.persistence.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

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
