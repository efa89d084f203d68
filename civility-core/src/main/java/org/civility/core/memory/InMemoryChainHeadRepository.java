package org.civility.core.memory;

import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainHead;
import org.civility.core.record.ChainHeadRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Chain heads in memory: thread-safe; a head moves only from the one before it, as in the JPA adapter. */
public final class InMemoryChainHeadRepository implements ChainHeadRepository {

    private final Map<UnitId, ChainHead> heads = new HashMap<>();

    @Override
    public synchronized Optional<ChainHead> find(UnitId unit) {
        return Optional.ofNullable(heads.get(requireNonNull(unit, "unit")));
    }

    /** As {@link #find}: one process, and each call is atomic. */
    @Override
    public Optional<ChainHead> findForAppend(UnitId unit) {
        return find(unit);
    }

    @Override
    public synchronized ChainHead advance(ChainHead next) {
        requireNonNull(next, "next");
        long stored = Optional.ofNullable(heads.get(next.unit())).map(ChainHead::sequence).orElse(0L);
        if (stored != next.sequence() - 1) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "service-record-chain", "id", next.unit(),
                    "expected", next.sequence() - 1, "actual", stored);
        }
        heads.put(next.unit(), next);
        return next;
    }

    @Override
    public synchronized List<UnitId> units() {
        return List.copyOf(heads.keySet());
    }
}
