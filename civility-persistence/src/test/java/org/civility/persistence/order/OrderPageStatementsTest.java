package org.civility.persistence.order;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderListing;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.record.JpaServiceRecordRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrganisationFixtures.aCenter;
import static org.civility.core.fixtures.RecordFixtures.anEntry;

/**
 * A page of 200 served orders, shown as the order lists show them (each with its menu item, its steps and its service
 * record), costs a bounded number of SQL statements, however many orders the page holds: the statements are counted
 * at the JDBC connection, on a persistence unit of their own whose cache starts empty.
 */
class OrderPageStatementsTest {

    private static final int ORDERS = PageRequest.MAX_LIMIT;
    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");

    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    private static UnitId unit;
    private static EntityManagerFactory counted;

    @BeforeAll
    static void aStationWithTwoHundredServedOrders() {
        TestStore store = TestStore.get();
        unit = store.repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
        MenuItemRepository menu = store.repository(MenuItemRepository.class, JpaMenuItemRepository::new);
        ServiceOrderRepository orders = store.repository(ServiceOrderRepository.class, JpaServiceOrderRepository::new);
        ServiceRecordRepository records = store.repository(ServiceRecordRepository.class,
                JpaServiceRecordRepository::new);
        List<MenuItemId> items = new ArrayList<>();
        for (String name : List.of("上门理发", "代购药品", "陪同就医", "家电维修", "读书读报")) {
            MenuItem item = MenuItem.list(new MenuItemId(UUID.randomUUID()), unit, name, "");
            item.requireSkills(Set.of(name));
            items.add(menu.store(item).id());
        }
        Optional<ServiceRecord> last = Optional.empty();
        for (int i = 0; i < ORDERS; i++) {
            Instant at = T0.plusSeconds(3600L * i);
            UUID volunteer = UUID.randomUUID();
            ServiceOrder order = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), unit, "resident-" + i,
                    "resident-" + i, "王大爷", new OrderItem.FromMenu(items.get(i % items.size())), "每周一次", at,
                    Optional.empty());
            order.review("station-head", at.plusSeconds(60), "ok", false);
            order.openForGrabs("station-head", at.plusSeconds(120));
            order.accept("volunteer-" + i, volunteer, at.plusSeconds(180));
            order.start("volunteer-" + i, at.plusSeconds(240));
            order.complete("volunteer-" + i, at.plusSeconds(1800), "理好了");
            orders.store(order);
            ServiceRecord open = records.append(anEntry(unit, last, new VolunteerId(volunteer), order.id().value(),
                    at.plusSeconds(240), Optional.empty(), Optional.empty()));
            last = Optional.of(records.append(anEntry(unit, Optional.of(open), new VolunteerId(volunteer),
                    order.id().value(), at.plusSeconds(240), Optional.of(at.plusSeconds(1800)),
                    Optional.of(open.id()))));
        }
        counted = Persistence.createEntityManagerFactory("civility", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", counting(store.dataSource()),
                "eclipselink.session-name", "civility-counted",
                "eclipselink.logging.level", "WARNING"));
    }

    @AfterAll
    static void close() {
        if (counted != null) {
            counted.close();
        }
    }

    @Test
    void aPageOfTwoHundredOrdersWithTheirItemsStepsAndRecordsTakesAFewStatements() {
        EntityManager em = counted.createEntityManager();
        try {
            em.getTransaction().begin();
            STATEMENTS.set(0);

            Page<OrderListing.Listed> page = new OrderListing(new JpaServiceRecordRepository(em),
                    new JpaMenuItemRepository(em)).of(new JpaServiceOrderRepository(em)
                    .byUnit(unit, new PageRequest(0, ORDERS)));
            int statements = STATEMENTS.get();

            assertThat(page.items()).hasSize(ORDERS);
            assertThat(page.items()).allSatisfy(listed -> {
                assertThat(listed.menuItem()).get().extracting(MenuItem::skills).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.COLLECTION).hasSize(1);
                assertThat(listed.record()).get().satisfies(r -> {
                    assertThat(r.activity()).contains(listed.order().id().value());
                    assertThat(r.end()).isPresent();
                });
                assertThat(listed.order().history()).hasSize(6);
            });
            System.out.printf("OrderPageStatementsTest: %d orders with items, steps and records in %d statements%n",
                    ORDERS, statements);
            assertThat(statements).as("statements for a page of %d orders", ORDERS).isLessThanOrEqualTo(8);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** The data source whose connections count every statement they prepare or create. */
    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(OrderPageStatementsTest.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? countingConnection(c) : result;
                });
    }

    private static Connection countingConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(OrderPageStatementsTest.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall")
                            || name.equals("createStatement")) {
                        STATEMENTS.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
