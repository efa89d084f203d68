package org.civility.core.order;

import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where units' project menus are kept. */
public interface MenuItemRepository {

    Optional<MenuItem> find(MenuItemId id);

    /**
     * Inserts or updates; returns the item as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if the version differs from the stored one
     */
    MenuItem store(MenuItem item);

    /** The items of exactly {@code unit} (active ones only when asked), ordered by name, then id (as text). */
    Page<MenuItem> byUnit(UnitId unit, boolean activeOnly, PageRequest page);
}
