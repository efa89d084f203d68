package org.civility.persistence.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.EntryKind;
import org.civility.core.recognition.HoursSource;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsEntryId;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

/**
 * The database backstop of "the balance never goes negative": two transactions that both checked a
 * balance of 5 and both debit 5 collide on the volunteer's next ledger position; one commits.
 */
class ConcurrentRedemptionTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final TestStore store = TestStore.get();
    private final PointsLedgerRepository ledger =
            store.repository(PointsLedgerRepository.class, JpaPointsLedgerRepository::new);
    private final VolunteerId volunteer = new VolunteerId(UUID.randomUUID());
    private final UnitId unit = new UnitId(UUID.randomUUID());

    private PointsEntry redemption(String requestId) {
        return PointsEntry.redemption(new PointsEntryId(UUID.randomUUID()), volunteer, unit, 5, requestId, "毛巾", NOW);
    }

    @Test
    void ofTwoConcurrentDebitsOfTheWholeBalanceOnlyOneCommits() throws Exception {
        ledger.append(PointsEntry.credit(new PointsEntryId(UUID.randomUUID()), volunteer, unit, 5, 300,
                HoursSource.SELF_CHECK_IN, UUID.randomUUID(), NOW));
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> store.inTransaction(em -> {
            new JpaPointsLedgerRepository(em).append(redemption("a"));
            firstAppended.countDown();
            await(release);
        }));
        assertThat(firstAppended.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
            try {
                store.inTransaction(em -> new JpaPointsLedgerRepository(em).append(redemption("b")));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        Thread.sleep(200);
        release.countDown();
        first.get(20, TimeUnit.SECONDS);
        Throwable failure = second.get(20, TimeUnit.SECONDS);

        assertThat(failure).isInstanceOf(CivilityException.class);
        assertThat(((CivilityException) failure).code()).isIn("STALE-VERSION", "RECOGNITION-INSUFFICIENT-POINTS");
        assertThat(ledger.balance(volunteer)).isZero();
        assertThat(ledger.entries(volunteer)).filteredOn(e -> e.kind() == EntryKind.REDEMPTION).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
