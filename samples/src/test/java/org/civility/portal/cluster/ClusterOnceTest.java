package org.civility.portal.cluster;

import org.civility.persistence.Migrations;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ADR 0041: a scheduled job runs once per period in a cluster, not once per node. Two nodes (each its own
 * {@link ClusterOnce} over its own data source) share one migrated H2 database, as two portals share PostgreSQL.
 */
class ClusterOnceTest {

    private static final Duration PERIOD = Duration.ofSeconds(2);

    private JdbcDataSource database;

    @BeforeEach
    void aSharedDatabase() {
        database = dataSource("jdbc:h2:mem:cluster-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Migrations.migrate(database);
    }

    @Test
    void aJobFiredOnEveryNodeAtOnceRunsOnOneOfThem() throws Exception {
        List<ClusterOnce> nodes = List.of(aNode(), aNode(), aNode(), aNode());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);

        ExecutorService timers = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Boolean>> fired = new ArrayList<>();
            for (ClusterOnce node : nodes) {
                fired.add(timers.submit(() -> {
                    go.await();
                    return node.run("order-escalation", PERIOD, runs::incrementAndGet);
                }));
            }
            go.countDown();
            long ranHere = 0;
            for (Future<Boolean> f : fired) {
                ranHere += f.get() ? 1 : 0;
            }

            assertThat(runs).hasValue(1);
            assertThat(ranHere).isEqualTo(1);
        } finally {
            timers.shutdownNow();
        }
    }

    @Test
    void aSecondNodeFiringLaterInThePeriodSkipsAndRunsInTheNextPeriod() {
        ClusterOnce first = aNode();
        ClusterOnce second = aNode();
        AtomicInteger runs = new AtomicInteger();

        assertThat(first.run("notice-dispatch", PERIOD, runs::incrementAndGet)).isTrue();
        assertThat(second.run("notice-dispatch", PERIOD, runs::incrementAndGet)).as("same period").isFalse();
        assertThat(runs).hasValue(1);

        await("the next period").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> second.run("notice-dispatch", PERIOD, runs::incrementAndGet));
        assertThat(runs).hasValue(2);
    }

    @Test
    void aJobWhoseLockCannotBeTakenIsSkippedNotThrown() {
        ClusterOnce unreachable = new ClusterOnce(dataSource("jdbc:h2:mem:nothing-" + UUID.randomUUID()));

        assertThat(unreachable.run("order-escalation", PERIOD, () -> {
            throw new AssertionError("must not run without its lock");
        })).isFalse();
    }

    @Test
    void holdsTheRowForMostOfAPeriodAndNoLongerThanAPeriodOrTenMinutes() {
        assertThat(ClusterOnce.atLeastFor(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(59));
        assertThat(ClusterOnce.atMostFor(Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(10));
        assertThat(ClusterOnce.atMostFor(Duration.ofHours(24))).isEqualTo(Duration.ofHours(24));
    }

    private ClusterOnce aNode() {
        return new ClusterOnce(dataSource(database.getURL()));
    }

    private static JdbcDataSource dataSource(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
    }
}
