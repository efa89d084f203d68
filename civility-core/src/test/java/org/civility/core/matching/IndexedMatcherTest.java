package org.civility.core.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.civility.core.organisation.UnitId;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndexedMatcherTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    @DisplayName("the indexed ranking equals the full scan's on random data sets")
    void equalsTheScan(long seed) {
        RandomCandidates data = new RandomCandidates(seed, 2 + (int) (seed % 7), 3 + (int) (seed % 11));
        List<Candidate> candidates = data.candidates(200 + (int) (seed * 97 % 1800));
        ScanMatcher scan = new ScanMatcher(candidates);
        IndexedMatcher indexed = IndexedMatcher.of(candidates);
        for (int i = 0; i < 50; i++) {
            MatchRequest request = data.request();
            List<Match> expected = scan.top(request);
            assertThat(indexed.top(request)).as("request %s", request).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @DisplayName("the indexed top-10 equals the scan's top-10 on a larger data set")
    void equalsTheScanAtTenThousand() {
        RandomCandidates data = new RandomCandidates(42, 40, 30);
        List<Candidate> candidates = data.candidates(10_000);
        ScanMatcher scan = new ScanMatcher(candidates);
        IndexedMatcher indexed = IndexedMatcher.of(candidates);
        for (int i = 0; i < 200; i++) {
            MatchRequest request = data.request().withLimit(10);
            assertThat(indexed.top(request)).as("request %s", request).containsExactlyElementsOf(scan.top(request));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110})
    @DisplayName("a restricted query ranks as the scan over the admitted candidates with the loads it names")
    void aRestrictedQueryEqualsTheScanOverTheAdmittedCandidates(long seed) {
        RandomCandidates data = new RandomCandidates(seed, 3 + (int) (seed % 5), 4 + (int) (seed % 9));
        List<Candidate> candidates = data.candidates(500 + (int) (seed * 131 % 1500));
        IndexedMatcher indexed = IndexedMatcher.of(candidates);
        Random random = new Random(seed);
        for (int i = 0; i < 50; i++) {
            MatchRequest request = data.request();
            Set<UnitId> units = new HashSet<>();
            candidates.forEach(c -> {
                if (random.nextInt(3) > 0) {
                    units.add(c.unit());
                }
            });
            Set<UUID> excluded = new HashSet<>();
            Map<UUID, Integer> loads = new HashMap<>();
            for (Candidate c : candidates) {
                if (random.nextInt(10) == 0) {
                    excluded.add(c.id());
                }
                if (random.nextInt(4) == 0) {
                    loads.put(c.id(), random.nextInt(6));
                }
            }
            List<Candidate> admitted = candidates.stream()
                    .filter(c -> units.contains(c.unit()) && !excluded.contains(c.id()))
                    .map(c -> new Candidate(c.id(), c.skills(), c.unit(), c.grid(), c.point(), c.availability(),
                            loads.getOrDefault(c.id(), c.recentLoad())))
                    .toList();

            Map<UUID, Integer> snapshotLoads = new HashMap<>();
            candidates.forEach(c -> snapshotLoads.put(c.id(), c.recentLoad()));
            List<Match> restricted = indexed.top(request, new IndexedMatcher.Restriction(Optional.of(units), excluded,
                    Optional.of(id -> loads.getOrDefault(id, snapshotLoads.get(id)))));

            assertThat(restricted).as("request %s", request)
                    .containsExactlyElementsOf(new ScanMatcher(admitted).top(request));
        }
    }

    @Test
    void anEmptyIndexFindsNothing() {
        MatchRequest request = MatchRequest.of(java.util.Set.of(), new org.civility.core.organisation.UnitId(
                java.util.UUID.randomUUID()), 10);
        assertThat(IndexedMatcher.of(List.of()).top(request)).isEmpty();
        assertThat(new ScanMatcher(List.of()).top(request)).isEmpty();
    }
}
