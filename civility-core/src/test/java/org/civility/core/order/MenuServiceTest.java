package org.civility.core.order;

import org.civility.core.access.Actor;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MenuServiceTest {

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final UnitId station = tree.stationA().id();
    private final InMemoryMenuItemRepository items = new InMemoryMenuItemRepository();
    private final MenuService service = new MenuService(items, tree.access(), IdSource.random());
    private final Actor head = tree.headOfStationA();
    private final Actor resident = tree.residentOfStationA();

    private static void assertCode(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void staffListDescribeWithdrawAndRelistItems() {
        MenuItem haircut = service.list(head, new ListMenuItem(station, " 理发 ", "上门理发"));
        assertThat(haircut.name()).isEqualTo("理发");
        assertThat(haircut.active()).isTrue();

        MenuItem described = service.describe(head, new DescribeMenuItem(haircut.id(), "上门理发", "每周二", haircut.version()));
        assertThat(described.name()).isEqualTo("上门理发");
        assertThat(described.description()).isEqualTo("每周二");

        MenuItem withdrawn = service.withdraw(head, haircut.id(), described.version());
        assertThat(withdrawn.active()).isFalse();
        assertThat(service.relist(head, haircut.id(), null).active()).isTrue();
    }

    @Test
    void anItemNamesTheSkillsNeededToServeItAndADescriptionWithoutSkillsKeepsThem() {
        MenuItem escort = service.list(head, new ListMenuItem(station, "陪诊", "", List.of(" 助老 ", "义诊")));
        assertThat(escort.skills()).containsExactlyInAnyOrder("助老", "义诊");

        MenuItem renamed = service.describe(head, new DescribeMenuItem(escort.id(), "陪同就诊", "", null));
        assertThat(renamed.skills()).containsExactlyInAnyOrder("助老", "义诊");
        MenuItem narrowed = service.describe(head,
                new DescribeMenuItem(escort.id(), "陪同就诊", "", List.of("义诊"), renamed.version()));
        assertThat(narrowed.skills()).containsExactly("义诊");
    }

    @Test
    void aStaleVersionIsRefused() {
        MenuItem item = service.list(head, new ListMenuItem(station, "代购", ""));
        service.withdraw(head, item.id(), null);

        assertCode(() -> service.relist(head, item.id(), item.version()), "STALE-VERSION");
    }

    @Test
    void residentsBrowseTheActiveMenuButDoNotManageIt() {
        MenuItem haircut = service.list(head, new ListMenuItem(station, "理发", ""));
        MenuItem shopping = service.list(head, new ListMenuItem(station, "代购", ""));
        service.withdraw(head, shopping.id(), null);

        assertThat(service.activeMenu(resident, station, PageRequest.firstPage()).items())
                .extracting(MenuItem::id).containsExactly(haircut.id());
        assertThat(service.wholeMenu(head, station, PageRequest.firstPage()).items())
                .extracting(MenuItem::id).containsExactlyInAnyOrder(haircut.id(), shopping.id());
        assertThat(service.get(resident, shopping.id()).active()).isFalse();
        assertCode(() -> service.wholeMenu(resident, station, PageRequest.firstPage()), "ACCESS-DENIED");
        assertCode(() -> service.list(resident, new ListMenuItem(station, "x", "")), "ACCESS-DENIED");
        assertCode(() -> service.withdraw(resident, haircut.id(), null), "ACCESS-DENIED");
        assertCode(() -> service.activeMenu(resident, tree.stationB().id(), PageRequest.firstPage()), "ACCESS-DENIED");
    }

    @Test
    void onlyActiveItemsOfTheUnitsOwnMenuCanBeOrdered() {
        MenuItem haircut = service.list(head, new ListMenuItem(station, "理发", ""));
        assertThat(service.orderable(haircut.id(), station)).isNotNull();

        assertCode(() -> service.orderable(haircut.id(), tree.stationB().id()), "ORDER-ITEM-UNAVAILABLE");
        service.withdraw(head, haircut.id(), null);
        assertCode(() -> service.orderable(haircut.id(), station), "ORDER-ITEM-UNAVAILABLE");
        assertCode(() -> service.orderable(new MenuItemId(java.util.UUID.randomUUID()), station), "NOT-FOUND");
    }

    @Test
    void blankNamesAreRefused() {
        assertCode(() -> service.list(head, new ListMenuItem(station, " ", "")), "ORDER-TEXT-INVALID");
    }
}
