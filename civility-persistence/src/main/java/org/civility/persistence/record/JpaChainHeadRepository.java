package org.civility.persistence.record;

import org.civility.persistence.IntegrityViolations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ChainHead;
import org.civility.core.record.ChainHeadRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link ChainHeadRepository} over JPA; runs in the caller's transaction. {@link #findForAppend} and
 * {@link #advance} lock the unit's row ({@code SELECT ... FOR UPDATE}), so that appends to one chain take turns; two
 * first entries of one chain race on the primary key and the second is STALE-VERSION.
 */
public class JpaChainHeadRepository implements ChainHeadRepository {

    private final EntityManager em;

    public JpaChainHeadRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<ChainHead> find(UnitId unit) {
        requireNonNull(unit, "unit");
        return Optional.ofNullable(em.find(ChainHeadEntity.class, unit.toString())).map(JpaChainHeadRepository::head);
    }

    @Override
    public Optional<ChainHead> findForAppend(UnitId unit) {
        requireNonNull(unit, "unit");
        return Optional.ofNullable(locked(unit)).map(JpaChainHeadRepository::head);
    }

    @Override
    public ChainHead advance(ChainHead next) {
        requireNonNull(next, "next");
        ChainHeadEntity e = locked(next.unit());
        long stored = e == null ? 0 : e.sequence;
        if (stored != next.sequence() - 1) {
            throw stale(next, stored);
        }
        if (e == null) {
            e = new ChainHeadEntity(next.unit().toString());
            copy(next, e);
            em.persist(e);
            IntegrityViolations.flush(em, () -> stale(next, "changed concurrently"));
        } else {
            copy(next, e);
        }
        return next;
    }

    @Override
    public List<UnitId> units() {
        return em.createQuery("select h.unitId from ChainHeadEntity h", String.class).getResultList().stream()
                .map(UnitId::of).toList();
    }

    private ChainHeadEntity locked(UnitId unit) {
        return em.find(ChainHeadEntity.class, unit.toString(), LockModeType.PESSIMISTIC_WRITE);
    }

    private static void copy(ChainHead head, ChainHeadEntity e) {
        e.sequence = head.sequence();
        e.hash = head.hash();
        e.seal = head.seal();
    }

    private static ChainHead head(ChainHeadEntity e) {
        return new ChainHead(UnitId.of(e.unitId), e.sequence, e.hash, e.seal);
    }

    private static CivilityException stale(ChainHead next, Object actual) {
        return CivilityException.of(SharedError.STALE_VERSION, "what", "service-record-chain", "id", next.unit(),
                "expected", next.sequence() - 1, "actual", actual);
    }

}
