package org.civility.core.record;

import org.civility.core.organisation.UnitId;

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

    /** How many entries {@link #verify(ServiceRecordRepository, UnitId, Optional, ChainSeal)} reads at a time. */
    public static final int PAGE = 1_000;

    /**
     * Verifies {@code entries} (one chain, ordered by sequence) against the unit's sealed {@code head}: the links as
     * {@link #verifyLinks}, then a head sealed under {@code seal}'s key that names the last entry. A chain without
     * entries needs no head; entries without a head are {@link ChainBreak#UNANCHORED}.
     */
    public static Verification verify(List<ServiceRecord> entries, Optional<ChainHead> head, ChainSeal seal) {
        Walk walk = new Walk(head);
        for (ServiceRecord e : entries) {
            if (!walk.next(e)) {
                break;
            }
        }
        return walk.end(seal);
    }

    /**
     * As {@link #verify(List, Optional, ChainSeal)}, on {@code unit}'s chain as stored, read in order {@link #PAGE}
     * entries at a time ({@link ServiceRecordRepository#chainAfter}): however long the chain, only a page of it is
     * held at once, and the walk stops at the first broken link.
     */
    public static Verification verify(ServiceRecordRepository records, UnitId unit, Optional<ChainHead> head,
                                      ChainSeal seal) {
        Walk walk = new Walk(head);
        long after = 0;
        List<ServiceRecord> page;
        do {
            page = records.chainAfter(unit, after, PAGE);
            for (ServiceRecord e : page) {
                if (!walk.next(e)) {
                    return walk.end(seal);
                }
                after = e.sequence();
            }
        } while (page.size() == PAGE);
        return walk.end(seal);
    }

    /**
     * Verifies the links of {@code entries} (one chain, ordered by sequence) only: whoever may rewrite every row can
     * also pass this; {@link #verify(List, Optional, ChainSeal)} adds the sealed head.
     */
    public static Verification verifyLinks(List<ServiceRecord> entries) {
        Walk walk = new Walk(Optional.empty());
        for (ServiceRecord e : entries) {
            if (!walk.next(e)) {
                break;
            }
        }
        return walk.broken == null ? Verification.OK : walk.broken;
    }

    /**
     * One pass over a chain in sequence order: checks each link as it comes and keeps only what the end needs (how
     * many entries, and the one the head names), so a chain need not be held whole.
     */
    private static final class Walk {

        private final Optional<ChainHead> head;
        private String previous = ServiceRecord.GENESIS;
        private long expected = 1;
        private long entries;
        private ServiceRecord named;
        private Verification broken;

        Walk(Optional<ChainHead> head) {
            this.head = head;
        }

        /** Takes the next entry; false once a link is broken (the rest need not be read). */
        boolean next(ServiceRecord e) {
            if (e.sequence() != expected) {
                broken = Verification.broken(expected, ChainBreak.SEQUENCE);
            } else if (!e.previousHash().equals(previous)) {
                broken = Verification.broken(e.sequence(), ChainBreak.LINK);
            } else if (!e.hash().equals(e.computeHash())) {
                broken = Verification.broken(e.sequence(), ChainBreak.HASH);
            }
            if (broken != null) {
                return false;
            }
            if (head.isPresent() && head.get().sequence() == e.sequence()) {
                named = e;
            }
            previous = e.hash();
            expected++;
            entries++;
            return true;
        }

        /** The links' verdict, then the head's. */
        Verification end(ChainSeal seal) {
            if (broken != null) {
                return broken;
            }
            if (head.isEmpty()) {
                return entries == 0 ? Verification.OK : Verification.broken(1, ChainBreak.UNANCHORED);
            }
            ChainHead h = head.get();
            if (!seal.verifies(h)) {
                return Verification.broken(Math.min(h.sequence(), entries + 1), ChainBreak.SEAL);
            }
            if (h.sequence() > entries) {
                return Verification.broken(entries + 1, ChainBreak.TRUNCATED);
            }
            if (!h.names(named)) {
                return Verification.broken(h.sequence(), ChainBreak.REWRITTEN);
            }
            if (h.sequence() < entries) {
                return Verification.broken(h.sequence() + 1, ChainBreak.UNSEALED_TAIL);
            }
            return Verification.OK;
        }
    }
}
