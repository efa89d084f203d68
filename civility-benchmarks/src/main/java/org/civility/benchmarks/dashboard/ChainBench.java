package org.civility.benchmarks.dashboard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainSeal;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.ServiceRecordExport;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.record.JpaChainHeadRepository;
import org.civility.persistence.record.JpaServiceRecordRepository;
import org.civility.persistence.volunteer.JpaVolunteerRepository;
import org.postgresql.ds.PGSimpleDataSource;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Times the record chain's readers on a generated county: the verification of its largest chain (R-REC-1), the
 * scheduled verification of every chain, and the record export of an institute's month. For each: wall time (p50 and
 * max), bytes allocated by the calling thread, and the heap's peak above what was live before the call (after a GC,
 * pools' peaks reset). The chains are sealed with the key the generator used: {@code CIVILITY_RECORDS_CHAIN_KEY}
 * (Base64) or {@code ~/.civility/record-chain.key}.
 */
final class ChainBench {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ChainBench() {
    }

    static void run(EntityManagerFactory emf, PGSimpleDataSource dataSource, int runs) throws Exception {
        ChainSeal seal = seal();
        UnitId station;
        UnitId institute;
        try (Connection c = dataSource.getConnection()) {
            station = DashboardSql.busiestStation(c);
            institute = UnitId.of(string(c, "SELECT parent_id FROM civ_unit WHERE id = '" + station + "'"));
            System.out.println("largest chain: station " + station + ", " + string(c,
                    "SELECT count(*) FROM civ_service_record WHERE unit_id = '" + station + "'") + " entries");
        }
        Actor actor = Actor.of("bench", RoleGrant.installation(Role.ADMINISTRATOR));
        YearMonth month = YearMonth.of(2025, 6);
        Instant from = month.atDay(1).atStartOfDay(DashboardBench.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(DashboardBench.ZONE).toInstant();

        Object verified = in(emf, seal, s -> s.records().verify(actor, station));
        if (!((HashChainVerifier.Verification) verified).ok()) {
            throw new IllegalStateException("the largest chain does not verify: " + verified);
        }
        System.out.printf(Locale.ROOT, "%-34s %9s %9s %14s %14s%n", "operation", "p50 ms", "max ms",
                "allocated MB", "peak heap MB");
        measure("verify the largest chain", runs, () -> in(emf, seal, s -> s.records().verify(actor, station)));
        measure("verify every chain (400)", Math.max(1, runs / 5), () -> in(emf, seal, s -> s.records().verifyAll()));
        measure("export an institute's month", runs, () -> in(emf, seal,
                s -> s.export().entries(actor, institute, from, to).size()));
    }

    private record Services(ServiceRecordService records, ServiceRecordExport export) {
    }

    private static Object in(EntityManagerFactory emf, ChainSeal seal, Function<Services, Object> call) {
        EntityManager em = emf.createEntityManager();
        try {
            JpaUnitRepository units = new JpaUnitRepository(em);
            AccessControl access = new AccessControl(new RepositoryUnitHierarchy(units));
            JpaServiceRecordRepository records = new JpaServiceRecordRepository(em);
            JpaVolunteerRepository volunteers = new JpaVolunteerRepository(em);
            return call.apply(new Services(new ServiceRecordService(records, new JpaChainHeadRepository(em), seal,
                    volunteers, access, Clock.systemUTC(), IdSource.random(), EventPublisher.none()),
                    new ServiceRecordExport(records, units, volunteers, access)));
        } finally {
            em.close();
        }
    }

    private static void measure(String what, int runs, Runnable call) {
        call.run(); // warm-up
        long[] times = new long[runs];
        long allocated = 0;
        long peak = 0;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long thread = Thread.currentThread().threadId();
        for (int i = 0; i < runs; i++) {
            System.gc();
            long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long bytes = THREADS.getThreadAllocatedBytes(thread);
            long started = System.nanoTime();
            call.run();
            times[i] = System.nanoTime() - started;
            allocated = Math.max(allocated, THREADS.getThreadAllocatedBytes(thread) - bytes);
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before);
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-34s %9.1f %9.1f %14.1f %14.1f%n", what,
                DashboardBench.percentile(times, 50) / 1e6, times[runs - 1] / 1e6, allocated / 1e6, peak / 1e6);
    }

    private static ChainSeal seal() throws Exception {
        String key = System.getenv("CIVILITY_RECORDS_CHAIN_KEY");
        if (key != null && !key.isBlank()) {
            return ChainSeal.withKey(Base64.getDecoder().decode(key.strip()));
        }
        return ChainSeal.withKey(Files.readAllBytes(Path.of(System.getProperty("user.home"), ".civility",
                "record-chain.key")));
    }

    private static String string(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
