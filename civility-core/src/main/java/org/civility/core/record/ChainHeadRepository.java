package org.civility.core.record;

import org.civility.core.organisation.UnitId;

import java.util.List;
import java.util.Optional;

/**
 * Port: the sealed head of each unit's chain ({@link ChainHead}). Runs in the caller's transaction, so that a head
 * moves with the entry it names or not at all.
 */
public interface ChainHeadRepository {

    /** The unit's head, if its chain has one. */
    Optional<ChainHead> find(UnitId unit);

    /**
     * The unit's head as {@link #find}, locked until the caller's transaction ends, so that appends to one chain
     * take turns: the entry read as the chain's last after this call is the one the head names, unless the chain
     * was tampered with.
     */
    Optional<ChainHead> findForAppend(UnitId unit);

    /**
     * Moves the unit's head to {@code next}: from the head at {@code next.sequence() - 1}, or, for the first entry
     * (sequence 1), from none. Throws STALE-VERSION (what "service-record-chain", id = unit) when the stored head is
     * elsewhere: a concurrent append moved it first, or the chain was tampered with.
     */
    ChainHead advance(ChainHead next);

    /** Every unit with a head. */
    List<UnitId> units();
}
