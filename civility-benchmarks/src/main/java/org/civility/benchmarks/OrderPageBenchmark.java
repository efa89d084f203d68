package org.civility.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

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
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.RecordSource;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.Migrations;
import org.civility.persistence.order.JpaMenuItemRepository;
import org.civility.persistence.order.JpaServiceOrderRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.record.JpaServiceRecordRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A page of 50 served orders as the order lists show them (each with its menu item and its service record), over the
 * JPA store on PostgreSQL ({@code civility_bench_orders} on 127.0.0.1:5432, created and migrated afresh; override
 * with {@code -Dbench.orders.url}), without EclipseLink's shared cache, so every read reaches the database.
 *
 * <ul>
 * <li>{@code baselinePage}: the page of orders alone (what any list costs);</li>
 * <li>{@code beforePerOrder}: then, order by order, its menu item by id and its service record found by paging
 *     through the volunteer's entries and asking for each whether a correction supersedes it (the reads the order
 *     lists made before {@link OrderListing});</li>
 * <li>{@code afterBatched}: then {@link OrderListing}, one read of the menu items and one of the records.</li>
 * </ul>
 * 40 volunteers served 25 orders each (1,000 orders, 2,000 entries), so each volunteer has history to page through.
 * The statements each variant sends for one page are counted at the JDBC connection and printed at setup.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class OrderPageBenchmark {

    @Param("50")
    public int pageSize;

    private static final int VOLUNTEERS = 40;
    private static final int ORDERS_EACH = 25;
    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    private EntityManagerFactory emf;
    private UnitId unit;
    private int pages;
    private int next;

    @Setup(Level.Trial)
    public void fill() throws SQLException {
        String url = System.getProperty("bench.orders.url", "jdbc:postgresql://127.0.0.1:5432/civility_bench_orders");
        String user = System.getProperty("bench.orders.user", "postgres");
        createDatabaseIfMissing(url, user);
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setUrl(url);
        plain.setUser(user);
        Migrations.recreate(plain);
        emf = Persistence.createEntityManagerFactory("civility", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", counting(plain),
                "eclipselink.cache.shared.default", "false",
                "eclipselink.session-name", "civility-bench-orders",
                "eclipselink.logging.level", "WARNING"));
        inTransaction(em -> {
            unit = new JpaUnitRepository(em).store(Unit.foundCenter(new UnitId(UUID.randomUUID()), "县中心")).id();
            return null;
        });
        List<MenuItemId> items = inTransaction(em -> {
            List<MenuItemId> out = new ArrayList<>();
            for (String name : List.of("上门理发", "代购药品", "陪同就医", "家电维修", "读书读报")) {
                MenuItem item = MenuItem.list(new MenuItemId(UUID.randomUUID()), unit, name, "");
                item.requireSkills(Set.of(name));
                out.add(new JpaMenuItemRepository(em).store(item).id());
            }
            return out;
        });
        List<UUID> volunteers = new ArrayList<>();
        for (int v = 0; v < VOLUNTEERS; v++) {
            volunteers.add(UUID.randomUUID());
        }
        // One transaction per batch of orders with their entries: the chain continues from batch to batch.
        Optional<ServiceRecord> last = Optional.empty();
        for (int from = 0; from < VOLUNTEERS * ORDERS_EACH; from += ORDERS_EACH) {
            int start = from;
            Optional<ServiceRecord> previous = last;
            last = inTransaction(em -> {
                Optional<ServiceRecord> chain = previous;
                JpaServiceOrderRepository orders = new JpaServiceOrderRepository(em);
                JpaServiceRecordRepository records = new JpaServiceRecordRepository(em);
                for (int i = start; i < start + ORDERS_EACH; i++) {
                    Instant at = T0.plusSeconds(3600L * i);
                    UUID volunteer = volunteers.get(i % VOLUNTEERS);
                    ServiceOrder order = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), unit,
                            "resident-" + i, "resident-" + i, "王大爷",
                            new OrderItem.FromMenu(items.get(i % items.size())), "每周一次", at, Optional.empty());
                    order.review("station-head", at.plusSeconds(60), "ok", false);
                    order.openForGrabs("station-head", at.plusSeconds(120));
                    order.accept("volunteer", volunteer, at.plusSeconds(180));
                    order.start("volunteer", at.plusSeconds(240));
                    order.complete("volunteer", at.plusSeconds(1800), "好了");
                    orders.store(order);
                    ServiceRecord open = records.append(entry(chain, volunteer, order, at.plusSeconds(240),
                            Optional.empty(), Optional.empty()));
                    chain = Optional.of(records.append(entry(Optional.of(open), volunteer, order,
                            at.plusSeconds(240), Optional.of(at.plusSeconds(1800)), Optional.of(open.id()))));
                }
                return chain;
            });
        }
        pages = VOLUNTEERS * ORDERS_EACH / pageSize;
        for (String variant : List.of("baselinePage", "beforePerOrder", "afterBatched")) {
            STATEMENTS.set(0);
            int shown = switch (variant) {
                case "baselinePage" -> baselinePage().items().size();
                case "beforePerOrder" -> beforePerOrder().size();
                default -> afterBatched().size();
            };
            System.out.printf("%nOrderPageBenchmark: %s, %d orders in %d SQL statements%n", variant, shown,
                    STATEMENTS.get());
        }
        next = 0;
    }

    @TearDown(Level.Trial)
    public void close() {
        emf.close();
    }

    private PageRequest nextPage() {
        PageRequest page = new PageRequest(next * pageSize, pageSize);
        next = (next + 1) % pages;
        return page;
    }

    @Benchmark
    public Page<ServiceOrder> baselinePage() {
        PageRequest page = nextPage();
        return inTransaction(em -> new JpaServiceOrderRepository(em).byUnit(unit, page));
    }

    @Benchmark
    public List<OrderListing.Listed> beforePerOrder() {
        PageRequest page = nextPage();
        return inTransaction(em -> {
            MenuItemRepository menu = new JpaMenuItemRepository(em);
            ServiceRecordRepository records = new JpaServiceRecordRepository(em);
            return new JpaServiceOrderRepository(em).byUnit(unit, page).items().stream()
                    .map(o -> new OrderListing.Listed(o,
                            o.item() instanceof OrderItem.FromMenu m ? menu.find(m.item()) : Optional.empty(),
                            sessionScanned(records, o)))
                    .toList();
        });
    }

    @Benchmark
    public List<OrderListing.Listed> afterBatched() {
        PageRequest page = nextPage();
        return inTransaction(em -> new OrderListing(new JpaServiceRecordRepository(em), new JpaMenuItemRepository(em))
                .of(new JpaServiceOrderRepository(em).byUnit(unit, page)).items());
    }

    /** An order's service record as it was found before: the volunteer's entries, newest first, page by page. */
    private static Optional<ServiceRecord> sessionScanned(ServiceRecordRepository records, ServiceOrder order) {
        if (order.acceptedBy().isEmpty()) {
            return Optional.empty();
        }
        VolunteerId volunteer = new VolunteerId(order.acceptedBy().get());
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<ServiceRecord> found = records.byVolunteer(volunteer, page);
            Optional<ServiceRecord> entry = found.items().stream()
                    .filter(r -> r.activity().filter(order.id().value()::equals).isPresent())
                    .filter(r -> records.correctionOf(r.id()).isEmpty())
                    .findFirst();
            if (entry.isPresent() || !found.hasMore()) {
                return entry;
            }
            page = new PageRequest(page.offset() + page.limit(), page.limit());
        }
    }

    private ServiceRecord entry(Optional<ServiceRecord> previous, UUID volunteer, ServiceOrder order, Instant start,
                                Optional<Instant> end, Optional<ServiceRecordId> corrects) {
        return ServiceRecord.chained(new ServiceRecordId(UUID.randomUUID()), unit,
                previous.map(ServiceRecord::sequence).orElse(0L) + 1,
                previous.map(ServiceRecord::hash).orElse(ServiceRecord.GENESIS), new VolunteerId(volunteer),
                Optional.of(order.id().value()), "上门服务", "县中心", Optional.empty(), start, end,
                Optional.of(start.plusSeconds(7200)),
                end.map(e -> (int) java.time.Duration.between(start, e).toMinutes()).orElse(0),
                RecordSource.ADMIN_MAKE_UP, Set.of(), "李站长", start.plusSeconds(86_400), corrects);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void createDatabaseIfMissing(String url, String user) throws SQLException {
        String name = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, user, "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!r.next()) {
                s.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** The data source whose connections count every statement they prepare or create. */
    private static DataSource counting(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(OrderPageBenchmark.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    return result instanceof Connection c ? countingConnection(c) : result;
                });
    }

    private static Connection countingConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(OrderPageBenchmark.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall")
                            || name.equals("createStatement")) {
                        STATEMENTS.incrementAndGet();
                    }
                    return invoke(target, method, args);
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
