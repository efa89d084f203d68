package org.civility.core.record;

import java.util.List;
import java.util.OptionalLong;

/** Checks a unit's chain: sequence 1, 2, ...; each previous hash links to the entry before; each hash recomputes. */
public final class HashChainVerifier {

    private HashChainVerifier() {
    }

    /** The result: empty when the chain is intact, else the first broken sequence number. */
    public record Verification(OptionalLong firstBroken) {

        public static final Verification OK = new Verification(OptionalLong.empty());

        public boolean ok() {
            return firstBroken.isEmpty();
        }
    }

    /** Verifies {@code entries} (one chain, ordered by sequence). */
    public static Verification verify(List<ServiceRecord> entries) {
        String previous = ServiceRecord.GENESIS;
        long expected = 1;
        for (ServiceRecord e : entries) {
            if (e.sequence() != expected || !e.previousHash().equals(previous) || !e.hash().equals(e.computeHash())) {
                return new Verification(OptionalLong.of(e.sequence() != expected ? expected : e.sequence()));
            }
            previous = e.hash();
            expected++;
        }
        return Verification.OK;
    }
}
