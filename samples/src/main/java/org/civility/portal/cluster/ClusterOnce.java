package org.civility.portal.cluster;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * Runs a scheduled job on one node of the cluster per period (ADR 0041). Every node keeps its own schedule; before a
 * run, the node takes the job's row in {@code civ_shedlock} (ShedLock over plain JDBC, in the portal's database). A
 * node that finds the row taken skips the run. The row stays taken at least for most of a period after the run
 * started ({@link #atLeastFor}), so a node whose timer fires a little later in the same period skips as well; and at
 * most for {@link #atMostFor}, so a node that dies during a run delays the job by that much, not forever.
 * <p>
 * A single portal works the same way: it takes the row every time.
 */
@ApplicationScoped
public class ClusterOnce {

    /** ShedLock's table, with Civility's prefix (migration V52). */
    public static final String TABLE = "civ_shedlock";
    private static final Duration SLACK = Duration.ofSeconds(1);
    private static final Duration AT_MOST_FLOOR = Duration.ofMinutes(10);
    private static final Logger LOG = Logger.getLogger(ClusterOnce.class.getName());

    @Resource(lookup = "java:app/jdbc/civility")
    DataSource dataSource;

    private volatile LockingTaskExecutor executor;

    /** For CDI. */
    public ClusterOnce() {
    }

    /** Over this data source, outside a container (tests). */
    public ClusterOnce(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code job} here unless another node runs {@code name} in this period.
     *
     * @param name   the job's row in {@code civ_shedlock}, at most 64 characters
     * @param period how often every node's schedule fires
     * @return whether the job ran on this node
     */
    public boolean run(String name, Duration period, Runnable job) {
        try {
            LockingTaskExecutor.TaskResult<Object> result = executor().executeWithLock(() -> {
                job.run();
                return null;
            }, new LockConfiguration(ClockProvider.now(), name, atMostFor(period), atLeastFor(period)));
            return result.wasExecuted();
        } catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            // The lock row could not be read or written (the database away): skip this run, the next one tries again.
            LOG.log(Level.WARNING, "civility cluster: the lock of " + name + " could not be taken ("
                    + e.getClass().getName() + "); skipping this run");
            return false;
        }
    }

    /** Most of a period: a node that fires later in the same period finds the row still taken. */
    static Duration atLeastFor(Duration period) {
        Duration d = period.minus(SLACK);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * Longer than any run and than {@link #atLeastFor}: how long the row of a node that died during a run blocks the
     * job (a period at most, or ten minutes for jobs that run more often).
     */
    static Duration atMostFor(Duration period) {
        return period.compareTo(AT_MOST_FLOOR) > 0 ? period : AT_MOST_FLOOR;
    }

    private LockingTaskExecutor executor() {
        LockingTaskExecutor e = executor;
        if (e == null) {
            synchronized (this) {
                if (executor == null) {
                    executor = new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, TABLE));
                }
                e = executor;
            }
        }
        return e;
    }
}
