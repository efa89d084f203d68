package org.civility.persistence.order;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import org.civility.core.order.OrderAction;
import org.civility.core.order.OrderStatus;
import org.civility.core.order.OrderStep;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrderFixtures.anOpenOrderAt;

/**
 * R-ORD-1 under load: {@value #VOLUNTEERS} volunteers grab one open order at once, each in a transaction of
 * their own that loads, accepts and stores it; exactly one wins, every other attempt ends in a coded conflict.
 * Twenty rounds; the figures go to {@code target/order-concurrency-<store>.txt}.
 */
class ConcurrentAcceptTest {

    private static final int VOLUNTEERS = 50;
    private static final int ROUNDS = 20;

    private final TestStore store = TestStore.get();

    @Test
    @DisplayName("R-ORD-1 of 50 parallel accepts of one open order exactly one succeeds, the rest get a coded 409, 20 times")
    void exactlyOneOfFiftyParallelAcceptsWins() throws Exception {
        ServiceOrderRepository orders = store.repository(ServiceOrderRepository.class, JpaServiceOrderRepository::new);
        List<String> figures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(VOLUNTEERS);
        // Each volunteer keeps one entity manager holding one connection for all rounds (connecting, not racing,
        // is what costs on PostgreSQL); every attempt still runs in a transaction of its own.
        List<EntityManager> sessions = new ArrayList<>();
        for (int i = 0; i < VOLUNTEERS; i++) {
            sessions.add(store.emf().createEntityManager(Map.of("eclipselink.jdbc.exclusive-connection.mode", "Always")));
        }
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                ServiceOrder order = orders.store(anOpenOrderAt(new UnitId(UUID.randomUUID()),
                        Instant.now().truncatedTo(ChronoUnit.SECONDS)));
                Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
                List<UUID> winners = new ArrayList<>();
                CountDownLatch ready = new CountDownLatch(VOLUNTEERS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> attempts = new ArrayList<>();
                for (EntityManager em : sessions) {
                    UUID volunteer = UUID.randomUUID();
                    attempts.add(pool.submit(() -> {
                        em.clear();
                        ready.countDown();
                        await(go);
                        try {
                            em.getTransaction().begin();
                            JpaServiceOrderRepository repository = new JpaServiceOrderRepository(em);
                            ServiceOrder mine = repository.find(order.id()).orElseThrow();
                            mine.accept("volunteer-" + volunteer, volunteer, Instant.now());
                            repository.store(mine);
                            em.getTransaction().commit();
                            synchronized (winners) {
                                winners.add(volunteer);
                            }
                            outcomes.computeIfAbsent("accepted", k -> new AtomicInteger()).incrementAndGet();
                        } catch (CivilityException e) {
                            outcomes.computeIfAbsent(e.code(), k -> new AtomicInteger()).incrementAndGet();
                        } catch (RuntimeException e) {
                            outcomes.computeIfAbsent("uncoded " + e, k -> new AtomicInteger()).incrementAndGet();
                        } finally {
                            if (em.getTransaction().isActive()) {
                                em.getTransaction().rollback();
                            }
                        }
                    }));
                }
                ready.await(10, TimeUnit.SECONDS);
                long start = System.nanoTime();
                go.countDown();
                for (Future<?> attempt : attempts) {
                    attempt.get(60, TimeUnit.SECONDS);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                figures.add("round " + round + ": " + millis + " ms " + outcomes);

                assertThat(winners).as("round %d: %s", round, outcomes).hasSize(1);
                assertThat(outcomes.keySet()).as("round %d", round)
                        .allMatch(k -> k.equals("accepted") || k.equals("STALE-VERSION") || k.equals("ORDER-ALREADY-ACCEPTED"));
                ServiceOrder stored = orders.find(order.id()).orElseThrow();
                assertThat(stored.status()).isEqualTo(OrderStatus.ACCEPTED);
                assertThat(stored.acceptedBy()).contains(winners.getFirst());
                assertThat(stored.history()).extracting(OrderStep::action).filteredOn(a -> a == OrderAction.ACCEPT)
                        .hasSize(1);
                assertThat(stored.version()).isEqualTo(order.version() + 1);
            }
        } finally {
            pool.shutdownNow();
            sessions.forEach(EntityManager::close);
            write(figures);
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void write(List<String> figures) throws IOException {
        Path file = Path.of("target", "order-concurrency-" + store.name() + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, figures);
    }
}
