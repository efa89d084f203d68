package org.civility.persistence.schedule;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V52's {@code civ_shedlock} is the table ShedLock's JDBC provider expects (ADR 0039): on each store (H2, PostgreSQL,
 * MariaDB) a job's row is taken by one node at a time and taken again once released. Two providers over one data
 * source stand for two nodes.
 */
class ScheduledJobLockTableTest {

    private final JdbcLockProvider node1 = new JdbcLockProvider(TestStore.get().dataSource(), "civ_shedlock");
    private final JdbcLockProvider node2 = new JdbcLockProvider(TestStore.get().dataSource(), "civ_shedlock");

    @Test
    void aJobsRowIsTakenByOneNodeAtATimeAndAgainOnceReleased() {
        String job = "job-" + UUID.randomUUID().toString().substring(0, 8);

        Optional<SimpleLock> first = node1.lock(lock(job, Duration.ZERO));
        Optional<SimpleLock> meanwhile = node2.lock(lock(job, Duration.ZERO));

        assertThat(first).as("the first node takes the row").isPresent();
        assertThat(meanwhile).as("the second node finds it taken").isEmpty();

        first.orElseThrow().unlock();
        Optional<SimpleLock> next = node2.lock(lock(job, Duration.ZERO));
        assertThat(next).as("released, the row is taken again").isPresent();
        next.orElseThrow().unlock();
    }

    @Test
    void aRowHeldAtLeastForAPeriodStaysTakenAfterTheRunEnds() {
        String job = "job-" + UUID.randomUUID().toString().substring(0, 8);

        node1.lock(lock(job, Duration.ofMinutes(1))).orElseThrow().unlock();

        assertThat(node2.lock(lock(job, Duration.ZERO))).as("still within the period").isEmpty();
    }

    private static LockConfiguration lock(String job, Duration atLeastFor) {
        // ShedLock's own clock (whole milliseconds): a time of finer grain would put a released row's end after the
        // "now" of a lock taken again within the same millisecond.
        return new LockConfiguration(ClockProvider.now(), job, Duration.ofMinutes(10), atLeastFor);
    }
}
