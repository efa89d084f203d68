package org.civility.benchmarks.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.dashboard.DashboardService;
import org.civility.core.dashboard.MonthDashboard;
import org.civility.core.dashboard.UnitOverview;
import org.civility.core.governance.PolicySettings;
import org.civility.core.lecture.LectureService;
import org.civility.core.memory.InMemoryMaterialStorage;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.UnitId;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.persistence.Migrations;
import org.civility.persistence.activity.JpaActivityRepository;
import org.civility.persistence.assistance.JpaCarePairingRepository;
import org.civility.persistence.assistance.JpaCareRecipientRepository;
import org.civility.persistence.lecture.JpaLectureRepository;
import org.civility.persistence.order.JpaServiceOrderRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.record.JpaServiceRecordRepository;
import org.civility.persistence.team.JpaTeamRepository;
import org.civility.persistence.volunteer.JpaVolunteerRepository;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Times the dashboards over the JPA store on a generated county ({@code scripts/generate-county}) against a
 * hand-written SQL aggregate of the same figures ({@link DashboardSql}), in the same run and in turns: the center's
 * monthly overview and month dashboard, and one station's month dashboard. Each timed call reads through a fresh
 * entity manager (no shared cache: the unit is {@code NONE}), the way a request would. Before timing, the figures of
 * both sides are compared, and a difference stops the run. Run by {@code scripts/bench-dashboards}.
 *
 * <p>Arguments: {@code --url jdbc:postgresql://127.0.0.1:5432/civility_scale [--user postgres] [--password ...]
 * [--month 2025-06] [--warmup 5] [--runs 40] [--chain]}; with {@code --chain}, the chain benchmark instead
 * ({@link ChainBench}).
 */
public final class DashboardBench {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DashboardBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/civility_scale"));
        dataSource.setUser(options.getOrDefault("user", "postgres"));
        dataSource.setPassword(options.getOrDefault("password", ""));
        // the indexes the aggregates rely on come with the project's migrations
        Migrations.migrate(dataSource);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("civility", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", dataSource,
                "eclipselink.jdbc.exclusive-connection.mode", "Always",
                "eclipselink.logging.level", "WARNING"));
        try (emf) {
            if (options.containsKey("chain")) {
                ChainBench.run(emf, dataSource, Integer.parseInt(options.getOrDefault("runs", "5")));
            } else {
                dashboards(emf, dataSource, YearMonth.parse(options.getOrDefault("month", "2025-06")),
                        Integer.parseInt(options.getOrDefault("warmup", "5")),
                        Integer.parseInt(options.getOrDefault("runs", "40")));
            }
        }
    }

    private static void dashboards(EntityManagerFactory emf, PGSimpleDataSource dataSource, YearMonth month,
                                   int warmup, int runs) throws SQLException {
        UnitId center;
        UnitId station;
        try (Connection c = dataSource.getConnection()) {
            center = DashboardSql.center(c);
            station = DashboardSql.busiestStation(c);
        }
        // A leadership-group member at the center: VIEW everywhere below, no care permissions (so no overdue visits,
        // which the generator does not make either).
        Actor actor = Actor.of("bench", new RoleGrant(Role.LEADERSHIP_GROUP, center));
        Map<String, Supplier<Object>> scenarios = new LinkedHashMap<>();
        scenarios.put("center overview (service)", () -> inJpa(emf, s -> s.overview(actor, center, month)));
        scenarios.put("center overview (SQL)", () -> inSql(dataSource, c -> DashboardSql.overview(c, center, month)));
        scenarios.put("center month (service)", () -> inJpa(emf, s -> s.month(actor, center, month)));
        scenarios.put("center month (SQL)", () -> inSql(dataSource, c -> DashboardSql.month(c, center, month)));
        scenarios.put("station month (service)", () -> inJpa(emf, s -> s.month(actor, station, month)));
        scenarios.put("station month (SQL)", () -> inSql(dataSource, c -> DashboardSql.month(c, station, month)));

        check((UnitOverview) scenarios.get("center overview (service)").get(),
                (DashboardSql.Overview) scenarios.get("center overview (SQL)").get());
        check((MonthDashboard) scenarios.get("center month (service)").get(),
                (DashboardSql.Month) scenarios.get("center month (SQL)").get());
        check((MonthDashboard) scenarios.get("station month (service)").get(),
                (DashboardSql.Month) scenarios.get("station month (SQL)").get());
        System.out.println("figures agree; month " + month + ", center " + center + ", station " + station);

        Map<String, long[]> samples = new LinkedHashMap<>();
        scenarios.keySet().forEach(k -> samples.put(k, new long[runs]));
        for (int round = -warmup; round < runs; round++) {
            // in turns, so that other work on the machine weighs on every scenario alike
            for (Map.Entry<String, Supplier<Object>> e : scenarios.entrySet()) {
                long started = System.nanoTime();
                e.getValue().get();
                long took = System.nanoTime() - started;
                if (round >= 0) {
                    samples.get(e.getKey())[round] = took;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %10s%n", "scenario", "p50 ms", "p99 ms", "max ms");
        for (Map.Entry<String, long[]> e : samples.entrySet()) {
            long[] s = e.getValue().clone();
            Arrays.sort(s);
            System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10.1f%n", e.getKey(), percentile(s, 50) / 1e6,
                    percentile(s, 99) / 1e6, s[s.length - 1] / 1e6);
        }
    }

    /** Nearest-rank percentile of sorted samples. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static Object inJpa(EntityManagerFactory emf, java.util.function.Function<DashboardService, Object> call) {
        EntityManager em = emf.createEntityManager();
        try {
            return call.apply(dashboards(em));
        } finally {
            em.close();
        }
    }

    private static Object inSql(PGSimpleDataSource dataSource, SqlCall call) {
        try (Connection c = dataSource.getConnection()) {
            return call.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SqlCall {
        Object apply(Connection c) throws SQLException;
    }

    /** The dashboard service as the portal builds it, over one entity manager. */
    static DashboardService dashboards(EntityManager em) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), ZONE);
        JpaUnitRepository units = new JpaUnitRepository(em);
        AccessControl access = new AccessControl(new RepositoryUnitHierarchy(units));
        JpaActivityRepository activities = new JpaActivityRepository(em);
        LectureService lectures = new LectureService(new JpaLectureRepository(em), units, new JpaTeamRepository(em),
                activities, new InMemoryMaterialStorage(), access, PolicySettings.defaults(), clock, IdSource.random(),
                EventPublisher.none());
        AssistanceService assistance = new AssistanceService(new JpaCareRecipientRepository(em),
                new JpaCarePairingRepository(em), new JpaVolunteerRepository(em), access,
                new RepositoryUnitHierarchy(units), PolicySettings.defaults(), clock, IdSource.random(),
                EventPublisher.none());
        return new DashboardService(access, units, activities, new JpaServiceOrderRepository(em),
                new JpaServiceRecordRepository(em), lectures, assistance, clock, ZONE);
    }

    private static void check(UnitOverview service, DashboardSql.Overview sql) {
        List<String> lines = new ArrayList<>();
        service.stations().forEach(s -> lines.add(s.station() + " " + s.lectures() + " " + s.compliant() + " "
                + s.activities() + " " + s.minutes()));
        List<String> escalated = service.escalated().stream().map(e -> e.order().toString()).toList();
        same("overview stations", sorted(lines), sorted(sql.stations()));
        same("overview escalated", escalated, sql.escalated());
    }

    private static void check(MonthDashboard service, DashboardSql.Month sql) {
        same("by form", new TreeMap<>(service.activitiesByForm()), new TreeMap<>(sql.byForm()));
        same("by theme", new TreeMap<>(service.activitiesByTheme()), new TreeMap<>(sql.byTheme()));
        same("by status", new TreeMap<>(service.ordersByStatus()), new TreeMap<>(sql.byStatus()));
        same("lectures", service.lectures(), sql.lectures());
        same("hours", service.hours(), sql.hours());
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private static void same(String what, Object service, Object sql) {
        if (!service.toString().equals(sql.toString())) {
            throw new IllegalStateException(what + " differ: service " + service + ", SQL " + sql);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "");
            }
        }
        return options;
    }
}
