package org.civility.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.civility.core.matching.Candidate;
import org.civility.core.matching.IndexedMatcher;
import org.civility.core.matching.Match;
import org.civility.core.matching.MatchRequest;
import org.civility.core.matching.ScanMatcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Top-10 candidates among a million volunteers' offers: the indexed matcher against the reference full scan.
 * Each call ranks for the next of 1,024 pre-drawn requests. SampleTime reports the distribution (p50, p99) in ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@State(Scope.Benchmark)
public class MatchingBenchmark {

    @Param("1000000")
    public int volunteers;

    @Param("1000")
    public int stations;

    @Param("80")
    public int skills;

    private ScanMatcher scan;
    private IndexedMatcher indexed;
    private List<MatchRequest> requests;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        MatchingWorld world = new MatchingWorld(20261130L, stations, skills);
        List<Candidate> candidates = world.candidates(volunteers);
        requests = world.requests(1024, 10);
        scan = new ScanMatcher(candidates);
        indexed = IndexedMatcher.of(candidates);
        // The two must agree before anything is timed.
        for (MatchRequest r : requests.subList(0, 4)) {
            if (!scan.top(r).equals(indexed.top(r))) {
                throw new IllegalStateException("indexed and scan rankings differ for " + r);
            }
        }
    }

    private MatchRequest nextRequest() {
        MatchRequest r = requests.get(next);
        next = (next + 1) & 1023;
        return r;
    }

    @Benchmark
    public List<Match> indexedTop10() {
        return indexed.top(nextRequest());
    }

    @Benchmark
    public List<Match> scanTop10() {
        return scan.top(nextRequest());
    }
}
