package org.civility.core.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where units' project menus are kept. */
public interface MenuItemRepository {

    Optional<MenuItem> find(MenuItemId id);

    /** The items of these ids that exist, in no particular order: one read for a page of orders. */
    List<MenuItem> findAll(Collection<MenuItemId> ids);

    /**
     * Inserts or updates; returns the item as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if the version differs from the stored one
     */
    MenuItem store(MenuItem item);

    /** The items of exactly {@code unit} (active ones only when asked), ordered by name, then id (as text). */
    Page<MenuItem> byUnit(UnitId unit, boolean activeOnly, PageRequest page);
}
