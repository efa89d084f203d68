package org.civility.core.record;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a unit's chain (R-REC-1): sequence 1, 2, ...; each previous hash links to the entry before; each hash
 * recomputes; and, with {@link #verify(List, Optional, ChainSeal)}, the chain ends exactly at its sealed
 * {@link ChainHead}, so that entries cut off the end or rewritten with their hashes recomputed are found too.
 */
public final class HashChainVerifier {

    private HashChainVerifier() {
    }

    /** The result: empty when the chain is intact, else the first broken sequence number and how it broke. */
    public record Verification(OptionalLong firstBroken, Optional<ChainBreak> reason) {

        public static final Verification OK = new Verification(OptionalLong.empty(), Optional.empty());

        static Verification broken(long sequence, ChainBreak reason) {
            return new Verification(OptionalLong.of(sequence), Optional.of(reason));
        }

        public boolean ok() {
            return firstBroken.isEmpty();
        }
    }

    /**
     * Verifies {@code entries} (one chain, ordered by sequence) against the unit's sealed {@code head}: the links as
     * {@link #verifyLinks}, then a head sealed under {@code seal}'s key that names the last entry. A chain without
     * entries needs no head; entries without a head are {@link ChainBreak#UNANCHORED}.
     */
    public static Verification verify(List<ServiceRecord> entries, Optional<ChainHead> head, ChainSeal seal) {
        Verification links = verifyLinks(entries);
        if (!links.ok()) {
            return links;
        }
        if (head.isEmpty()) {
            return entries.isEmpty() ? Verification.OK : Verification.broken(1, ChainBreak.UNANCHORED);
        }
        ChainHead h = head.get();
        if (!seal.verifies(h)) {
            return Verification.broken(Math.min(h.sequence(), entries.size() + 1L), ChainBreak.SEAL);
        }
        if (h.sequence() > entries.size()) {
            return Verification.broken(entries.size() + 1L, ChainBreak.TRUNCATED);
        }
        if (!h.names(entries.get((int) h.sequence() - 1))) {
            return Verification.broken(h.sequence(), ChainBreak.REWRITTEN);
        }
        if (h.sequence() < entries.size()) {
            return Verification.broken(h.sequence() + 1, ChainBreak.UNSEALED_TAIL);
        }
        return Verification.OK;
    }

    /**
     * Verifies the links of {@code entries} (one chain, ordered by sequence) only: whoever may rewrite every row can
     * also pass this; {@link #verify(List, Optional, ChainSeal)} adds the sealed head.
     */
    public static Verification verifyLinks(List<ServiceRecord> entries) {
        String previous = ServiceRecord.GENESIS;
        long expected = 1;
        for (ServiceRecord e : entries) {
            if (e.sequence() != expected) {
                return Verification.broken(expected, ChainBreak.SEQUENCE);
            }
            if (!e.previousHash().equals(previous)) {
                return Verification.broken(e.sequence(), ChainBreak.LINK);
            }
            if (!e.hash().equals(e.computeHash())) {
                return Verification.broken(e.sequence(), ChainBreak.HASH);
            }
            previous = e.hash();
            expected++;
        }
        return Verification.OK;
    }
}
