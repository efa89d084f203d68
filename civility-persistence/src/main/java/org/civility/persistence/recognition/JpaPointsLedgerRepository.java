package org.civility.persistence.recognition;

import org.civility.persistence.IntegrityViolations;
import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.civility.core.recognition.EntryKind;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.recognition.RecognitionError;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;

/**
 * {@link PointsLedgerRepository} on JPA, in the caller's transaction.
 *
 * <p>Concurrency: each append takes the volunteer's next position (max + 1); two transactions appending
 * for the same volunteer collide on the unique (volunteer, position) constraint and the later one gets
 * STALE-VERSION, so a balance checked before a debit is the balance the debit is written against and the
 * balance never goes negative. Duplicate record ids and request ids are checked before the insert and
 * backed by unique constraints.
 */
public class JpaPointsLedgerRepository implements PointsLedgerRepository {

    private static final String POSITION = "uq_civ_points_entry_position";
    private static final String RECORD = "uq_civ_points_entry_record";
    private static final String REQUEST = "uq_civ_points_entry_request";

    private final EntityManager em;

    public JpaPointsLedgerRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public PointsEntry append(PointsEntry entry) {
        requireNonNull(entry, "entry");
        if (entry.kind() == EntryKind.REDEMPTION) {
            Optional<PointsEntry> first = findRedemption(entry.volunteer(), entry.requestId());
            if (first.isPresent()) {
                throw requestReused(first.get());
            }
        }
        if (entry.recordId() != null && hasCredit(entry.recordId())) {
            throw alreadyCredited(entry);
        }
        long last = lastPosition(entry.volunteer());
        if (entry.kind() != EntryKind.CREDIT) {
            long balance = balance(entry.volunteer());
            if (balance < entry.points()) {
                throw CivilityException.of(RecognitionError.INSUFFICIENT_POINTS, "volunteer",
                        entry.volunteer().toString(), "balance", balance, "cost", entry.points());
            }
        }
        PointsEntryEntity e = new PointsEntryEntity(entry.id().toString());
        PointsEntryMapper.copy(entry, e);
        e.position = last + 1;
        em.persist(e);
        try {
            em.flush();
        } catch (PersistenceException failure) {
            String violated = violatedConstraint(failure);
            CivilityException coded;
            if (REQUEST.equals(violated)) {
                coded = CivilityException.of(RecognitionError.REQUEST_REUSED, "requestId", entry.requestId(),
                        "goods", entry.goods(), "cost", entry.points());
            } else if (RECORD.equals(violated)) {
                coded = alreadyCredited(entry);
            } else if (POSITION.equals(violated)) {
                coded = CivilityException.of(SharedError.STALE_VERSION, "what", "points ledger",
                        "id", entry.volunteer(), "expected", last, "actual", "changed concurrently");
            } else {
                throw failure;
            }
            coded.initCause(failure);
            throw coded;
        }
        return PointsEntryMapper.toDomain(e);
    }

    @Override
    public List<PointsEntry> entries(VolunteerId volunteer) {
        requireNonNull(volunteer, "volunteer");
        return em.createQuery("select e from PointsEntryEntity e where e.volunteerId = :v order by e.at, e.id",
                        PointsEntryEntity.class)
                .setParameter("v", volunteer.toString())
                .getResultList().stream().map(PointsEntryMapper::toDomain).toList();
    }

    @Override
    public long balance(VolunteerId volunteer) {
        requireNonNull(volunteer, "volunteer");
        List<Object[]> rows = em.createQuery(
                        "select e.kind, sum(e.points) from PointsEntryEntity e where e.volunteerId = :v group by e.kind",
                        Object[].class)
                .setParameter("v", volunteer.toString())
                .getResultList();
        long balance = 0;
        for (Object[] row : rows) {
            long sum = ((Number) row[1]).longValue();
            balance += row[0] == EntryKind.CREDIT ? sum : -sum;
        }
        return balance;
    }

    @Override
    public Optional<PointsEntry> findRedemption(VolunteerId volunteer, String requestId) {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(requestId, "requestId");
        return em.createQuery("select e from PointsEntryEntity e where e.volunteerId = :v and e.requestId = :r",
                        PointsEntryEntity.class)
                .setParameter("v", volunteer.toString())
                .setParameter("r", requestId)
                .getResultList().stream().findFirst().map(PointsEntryMapper::toDomain);
    }

    @Override
    public boolean hasCredit(UUID recordId) {
        requireNonNull(recordId, "recordId");
        return !em.createQuery("select e.id from PointsEntryEntity e where e.recordId = :r", String.class)
                .setParameter("r", recordId.toString())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private long lastPosition(VolunteerId volunteer) {
        Long max = em.createQuery("select max(e.position) from PointsEntryEntity e where e.volunteerId = :v", Long.class)
                .setParameter("v", volunteer.toString())
                .getSingleResult();
        return max == null ? 0 : max;
    }

    private static CivilityException requestReused(PointsEntry first) {
        return CivilityException.of(RecognitionError.REQUEST_REUSED, "requestId", first.requestId(),
                "goods", first.goods(), "cost", first.points());
    }

    private static CivilityException alreadyCredited(PointsEntry entry) {
        return CivilityException.of(RecognitionError.ALREADY_CREDITED, "recordId", entry.recordId().toString());
    }

    /** The name of our unique constraint that an SQLSTATE class 23 failure names, or null. */
    static String violatedConstraint(Throwable failure) {
        return List.of(POSITION, RECORD, REQUEST).stream().filter(name -> IntegrityViolations.names(failure, name))
                .findFirst().orElse(null);
    }
}
