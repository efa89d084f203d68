package org.civility.persistence.activity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.contract.ActivityRecordRepositoryContract;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrganisationFixtures.aCenter;

class JpaActivityRecordRepositoryTest extends ActivityRecordRepositoryContract {

    private static final Instant AT = Instant.parse("2025-06-01T04:00:00Z");

    /**
     * Two first records of one activity kept at once (two staff saving it together): each transaction finds no row,
     * the first inserts and commits, and the second's insert meets its key. That is STALE-VERSION (409: read it again),
     * never a database error.
     */
    @Test
    void aSecondFirstStoreOfOneRecordIsStaleNotADatabaseError() throws Exception {
        Activity held = aHeldActivity(aUnit(), AT);
        EntityManagerFactory emf = TestStore.get().emf();
        EntityManager first = emf.createEntityManager();
        ExecutorService other = Executors.newSingleThreadExecutor();
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        try {
            first.getTransaction().begin();
            new JpaActivityRecordRepository(first).store(opened(held, "station-admin"));
            // The second transaction starts while the first holds its new row uncommitted; it may wait on its key.
            Future<Throwable> second = other.submit(() -> {
                worker.complete(Thread.currentThread());
                EntityManager em = emf.createEntityManager();
                try {
                    em.getTransaction().begin();
                    new JpaActivityRecordRepository(em).store(opened(held, "station-head"));
                    em.getTransaction().commit();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                } finally {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                    em.close();
                }
            });
            // Once it is flushing its insert it has found no row: only then the first commits.
            awaitFlushing(worker.get(10, TimeUnit.SECONDS), second);
            first.getTransaction().commit();

            Throwable failure = second.get(60, TimeUnit.SECONDS);
            assertThat(failure).as("the second first store").isInstanceOfSatisfying(CivilityException.class,
                    e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
            assertThat(repository().find(held.id()).orElseThrow().keptBy()).isEqualTo("station-admin");
        } finally {
            if (first.getTransaction().isActive()) {
                first.getTransaction().rollback();
            }
            first.close();
            other.shutdownNow();
        }
    }

    /** Waits until the thread is inside an EntityManager's flush (or has finished). */
    private static void awaitFlushing(Thread thread, Future<?> work) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!work.isDone() && System.nanoTime() < deadline) {
            for (StackTraceElement frame : thread.getStackTrace()) {
                if (frame.getMethodName().equals("flush") && frame.getClassName().contains("EntityManager")) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    private static ActivityRecord opened(Activity held, String by) {
        ActivityRecord record = ActivityRecord.open(held, AT, by);
        record.keep("宣讲小结", List.of("王秀英"), AT, by);
        return record;
    }

    @Override
    protected ActivityRecordRepository repository() {
        return TestStore.get().repository(ActivityRecordRepository.class, JpaActivityRecordRepository::new);
    }

    /** Activities belong to stored units (fk_civ_activity_unit). */
    @Override
    protected UnitId aUnit() {
        return TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
    }

    /** Records belong to stored activities (fk_civ_activity_record_activity). */
    @Override
    protected Activity aHeldActivity(UnitId unit, Instant start) {
        return TestStore.get().repository(ActivityRepository.class, JpaActivityRepository::new)
                .store(super.aHeldActivity(unit, start));
    }
}
