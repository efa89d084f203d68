package org.civility.persistence.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.InLists;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/** {@link MenuItemRepository} over JPA; runs in the caller's transaction. */
public class JpaMenuItemRepository implements MenuItemRepository {

    private final EntityManager em;

    public JpaMenuItemRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<MenuItem> find(MenuItemId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(MenuItemEntity.class, id.toString())).map(JpaMenuItemRepository::toDomain);
    }

    @Override
    public List<MenuItem> findAll(Collection<MenuItemId> ids) {
        requireNonNull(ids, "ids");
        return InLists.read(ids.stream().map(MenuItemId::toString).toList(), chunk -> em.createQuery(
                        "select m from MenuItemEntity m where m.id in :ids", MenuItemEntity.class)
                .setParameter("ids", chunk)
                .getResultList()).stream()
                .map(JpaMenuItemRepository::toDomain)
                .toList();
    }

    @Override
    public MenuItem store(MenuItem item) {
        requireNonNull(item, "item");
        MenuItemEntity e = StoredVersions.store(em, MenuItemEntity.class, "menuItem", item.id(), item.version(),
                MenuItemEntity::new, row -> copy(item, row), row -> row.version);
        return toDomain(e);
    }

    @Override
    public Page<MenuItem> byUnit(UnitId unit, boolean activeOnly, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery("select m from MenuItemEntity m where m.unitId = :unit"
                        + (activeOnly ? " and m.active = true" : "") + " order by m.name, m.id", MenuItemEntity.class)
                .setParameter("unit", unit.toString()), page, JpaMenuItemRepository::toDomain);
    }

    private static MenuItem toDomain(MenuItemEntity e) {
        return MenuItem.restore(MenuItemId.of(e.id), UnitId.of(e.unitId), e.name,
                e.description == null ? "" : e.description, e.active, e.skills, e.version);
    }

    private static void copy(MenuItem m, MenuItemEntity e) {
        e.unitId = m.unit().toString();
        e.name = m.name();
        e.description = m.description().isEmpty() ? null : m.description();
        e.active = m.active();
        e.skills.retainAll(m.skills());
        e.skills.addAll(m.skills());
    }
}
