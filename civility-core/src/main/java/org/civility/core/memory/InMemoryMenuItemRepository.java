package org.civility.core.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Project menu items in memory, as snapshots. Thread-safe. */
public final class InMemoryMenuItemRepository implements MenuItemRepository {

    private static final Comparator<MenuItem> BY_NAME_THEN_ID =
            Comparator.comparing(MenuItem::name).thenComparing(m -> m.id().toString());

    private final Map<MenuItemId, MenuItem> items = new HashMap<>();

    @Override
    public synchronized Optional<MenuItem> find(MenuItemId id) {
        return Optional.ofNullable(items.get(id)).map(m -> copy(m, m.version()));
    }

    @Override
    public synchronized List<MenuItem> findAll(Collection<MenuItemId> ids) {
        return ids.stream().distinct().map(items::get).filter(Objects::nonNull).map(m -> copy(m, m.version())).toList();
    }

    @Override
    public synchronized MenuItem store(MenuItem item) {
        MenuItem current = items.get(item.id());
        long actual = current == null ? 0 : current.version();
        if (item.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "menuItem", "id", item.id(),
                    "expected", item.version(), "actual", actual);
        }
        MenuItem stored = copy(item, actual + 1);
        items.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<MenuItem> byUnit(UnitId unit, boolean activeOnly, PageRequest page) {
        return Page.of(items.values().stream().filter(m -> m.unit().equals(unit) && (m.active() || !activeOnly))
                .sorted(BY_NAME_THEN_ID).map(m -> copy(m, m.version())).toList(), page);
    }

    private static MenuItem copy(MenuItem m, long version) {
        return MenuItem.restore(m.id(), m.unit(), m.name(), m.description(), m.active(), m.skills(), version);
    }
}
