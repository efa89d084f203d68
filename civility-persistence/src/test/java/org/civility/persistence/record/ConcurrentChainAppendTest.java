package org.civility.persistence.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrganisationFixtures.aCenter;
import static org.civility.core.fixtures.RecordFixtures.anEntry;

/** Parallel appends at the same place of one chain: one wins, the others get STALE-VERSION; the chain never forks. */
class ConcurrentChainAppendTest {

    private static final Instant T0 = Instant.parse("2026-08-01T02:00:00Z");
    private static final int PARALLEL = 8;

    private final ServiceRecordRepository records =
            TestStore.get().repository(ServiceRecordRepository.class, JpaServiceRecordRepository::new);

    @Test
    void parallelAppendsAtOneSequenceLeaveExactlyOneWinner() throws Exception {
        UnitId unit = TestStore.get().repository(UnitRepository.class, JpaUnitRepository::new).store(aCenter()).id();
        ServiceRecord first = records.append(anEntry(unit, Optional.empty(), new VolunteerId(UUID.randomUUID()), T0,
                T0.plusSeconds(60)));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < PARALLEL; i++) {
                ServiceRecord contender = anEntry(unit, Optional.of(first), new VolunteerId(UUID.randomUUID()),
                        T0, T0.plusSeconds(60));
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        records.append(contender);
                        return "OK";
                    } catch (CivilityException e) {
                        return e.code();
                    }
                }));
            }
            go.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<String> f : outcomes) {
                codes.add(f.get(60, TimeUnit.SECONDS));
            }

            assertThat(codes).containsOnlyOnce("OK");
            assertThat(codes.stream().filter(c -> !c.equals("OK"))).allMatch("STALE-VERSION"::equals);
        } finally {
            pool.shutdownNow();
        }
        assertThat(records.chain(unit)).hasSize(2);
        assertThat(HashChainVerifier.verifyLinks(records.chain(unit)).ok()).isTrue();
    }
}
