package org.civility.core.contract;

import java.util.UUID;

import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link MenuItemRepository} must do; each test works under a unit of its own. */
public abstract class MenuItemRepositoryContract {

    protected abstract MenuItemRepository repository();

    /** A fresh unit; override to create the unit's row first. */
    protected UnitId aUnit() {
        return new UnitId(UUID.randomUUID());
    }

    private static MenuItem item(UnitId unit, String name) {
        return MenuItem.list(new MenuItemId(UUID.randomUUID()), unit, name, "每月一次");
    }

    @Test
    void storesAndFindsEveryFieldAndBumpsTheVersion() {
        UnitId unit = aUnit();
        MenuItem stored = repository().store(item(unit, "上门理发"));
        MenuItem found = repository().find(stored.id()).orElseThrow();
        assertThat(found.unit()).isEqualTo(unit);
        assertThat(found.name()).isEqualTo("上门理发");
        assertThat(found.description()).isEqualTo("每月一次");
        assertThat(found.active()).isTrue();
        assertThat(found.version()).isEqualTo(1);

        found.withdraw();
        found.describe("理发", "");
        MenuItem updated = repository().store(found);

        assertThat(updated.version()).isEqualTo(2);
        MenuItem again = repository().find(stored.id()).orElseThrow();
        assertThat(again.active()).isFalse();
        assertThat(again.name()).isEqualTo("理发");
        assertThat(again.description()).isEmpty();
    }

    @Test
    void storesTheRequiredSkills() {
        MenuItem item = item(aUnit(), "上门理发");
        item.requireSkills(java.util.Set.of("理发", " Hair-Cut "));
        MenuItem stored = repository().store(item);

        assertThat(repository().find(stored.id()).orElseThrow().skills()).containsExactly("hair-cut", "理发");

        stored.requireSkills(java.util.Set.of());
        repository().store(stored);
        assertThat(repository().find(stored.id()).orElseThrow().skills()).isEmpty();
    }

    @Test
    void rejectsAStaleVersion() {
        MenuItem item = item(aUnit(), "x");
        repository().store(item);
        assertThatThrownBy(() -> repository().store(item)).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void pagesAUnitsMenuByNameAndFiltersWithdrawnItems() {
        UnitId unit = aUnit();
        MenuItem c = repository().store(item(unit, "c"));
        MenuItem a = repository().store(item(unit, "a"));
        MenuItem withdrawn = item(unit, "b");
        withdrawn.withdraw();
        MenuItem b = repository().store(withdrawn);
        repository().store(item(aUnit(), "a"));

        Page<MenuItem> first = repository().byUnit(unit, false, new PageRequest(0, 2));
        Page<MenuItem> active = repository().byUnit(unit, true, new PageRequest(0, 10));

        assertThat(first.items()).extracting(MenuItem::id).containsExactly(a.id(), b.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(active.items()).extracting(MenuItem::id).containsExactly(a.id(), c.id());
        assertThat(active.hasMore()).isFalse();
    }

    @Test
    void findsSeveralItemsAtOnceWithTheirSkills() {
        UnitId unit = aUnit();
        MenuItem haircut = item(unit, "上门理发");
        haircut.requireSkills(java.util.Set.of("理发"));
        MenuItem first = repository().store(haircut);
        MenuItem second = repository().store(item(aUnit(), "代购药品"));
        java.util.List<MenuItemId> ids = new java.util.ArrayList<>(java.util.stream.Stream
                .generate(() -> new MenuItemId(UUID.randomUUID())).limit(1100).toList());
        ids.add(600, second.id());
        ids.add(first.id());
        ids.add(first.id());

        assertThat(repository().findAll(java.util.List.of(first.id(), second.id(), new MenuItemId(UUID.randomUUID()))))
                .extracting(MenuItem::name).containsExactlyInAnyOrder("上门理发", "代购药品");
        assertThat(repository().findAll(ids)).extracting(MenuItem::id).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(repository().findAll(java.util.List.of(first.id())).getFirst().skills()).containsExactly("理发");
        assertThat(repository().findAll(java.util.List.of())).isEmpty();
    }
}
