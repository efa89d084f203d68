package org.civility.persistence.record;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceTotal;
import org.civility.core.record.UnitService;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.IntegrityViolations;
import org.civility.persistence.internal.InLists;
import org.civility.persistence.internal.Pages;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * {@link ServiceRecordRepository} over JPA; runs in the caller's transaction. Rows are only ever inserted. A
 * concurrent append that takes the same (unit, sequence) fails on {@code uq_civ_service_record_chain} and is
 * reported as STALE-VERSION like the check before the insert.
 */
public class JpaServiceRecordRepository implements ServiceRecordRepository {

    private static final String EFFECTIVE =
            " and not exists (select c from ServiceRecordEntity c where c.correctsId = r.id)";
    /** Effective entries with time starting in [:from, :to): what dashboards sum. */
    private static final String SERVED = " and r.minutes > 0 and r.startAt >= :from and r.startAt < :to" + EFFECTIVE;

    private final EntityManager em;

    public JpaServiceRecordRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public ServiceRecord append(ServiceRecord entry) {
        requireNonNull(entry, "entry");
        long next = lastOf(entry.unit()).map(ServiceRecord::sequence).orElse(0L) + 1;
        // A taken id is refused by the primary key when flushed, below: looking it up first cost a round trip
        // while the chain's head is locked.
        if (entry.sequence() != next) {
            throw stale(entry, next);
        }
        ServiceRecordEntity e = new ServiceRecordEntity(entry.id().toString());
        ServiceRecordMapper.copy(entry, e);
        em.persist(e);
        IntegrityViolations.flush(em, () -> stale(entry, "changed concurrently"));
        return ServiceRecordMapper.toDomain(e);
    }

    @Override
    public Optional<ServiceRecord> find(ServiceRecordId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(ServiceRecordEntity.class, id.toString()))
                .map(ServiceRecordMapper::toDomain);
    }

    @Override
    public Page<ServiceRecord> byVolunteer(VolunteerId volunteer, PageRequest page) {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery(
                        "select r from ServiceRecordEntity r where r.volunteerId = :volunteer"
                                + " order by r.startAt desc, r.id", ServiceRecordEntity.class)
                .setParameter("volunteer", volunteer.toString()), page, ServiceRecordMapper::toDomain);
    }

    @Override
    public List<ServiceRecord> chain(UnitId unit) {
        requireNonNull(unit, "unit");
        return em.createQuery("select r from ServiceRecordEntity r where r.unitId = :unit order by r.sequence",
                        ServiceRecordEntity.class)
                .setParameter("unit", unit.toString())
                .getResultList().stream().map(ServiceRecordMapper::toDomain).toList();
    }

    /**
     * Read-only rows: the walk's entries are not kept in the caller's persistence context, so that a walk through a
     * long chain (or through every chain, in one transaction) holds one page at a time.
     */
    @Override
    public List<ServiceRecord> chainAfter(UnitId unit, long afterSequence, int limit) {
        requireNonNull(unit, "unit");
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1: " + limit);
        }
        return em.createQuery("select r from ServiceRecordEntity r where r.unitId = :unit and r.sequence > :after"
                        + " order by r.sequence", ServiceRecordEntity.class)
                .setParameter("unit", unit.toString())
                .setParameter("after", afterSequence)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setMaxResults(limit)
                .getResultList().stream().map(ServiceRecordMapper::toDomain).toList();
    }

    @Override
    public List<ServiceRecord> effectiveStartingBetween(Collection<UnitId> units, Instant from, Instant to,
                                                        int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit < 1: " + limit);
        }
        // each chunk's first rows by the order, then the first of them all
        return InLists.read(keys(units, from, to), chunk -> em.createQuery("select r from ServiceRecordEntity r"
                                + " where r.unitId in :units and r.startAt >= :from and r.startAt < :to" + EFFECTIVE
                                + " order by r.startAt, r.unitId, r.sequence", ServiceRecordEntity.class)
                        .setParameter("units", chunk)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                        .setMaxResults(limit)
                        .getResultList()).stream()
                .map(ServiceRecordMapper::toDomain)
                .sorted(Comparator.comparing(ServiceRecord::start).thenComparing(e -> e.unit().toString())
                        .thenComparingLong(ServiceRecord::sequence))
                .limit(limit)
                .toList();
    }

    @Override
    public List<UnitService> serviceByUnit(Collection<UnitId> units, Instant from, Instant to) {
        return InLists.read(keys(units, from, to), chunk -> em.createQuery(
                                "select r.unitId, sum(r.minutes), count(r) from ServiceRecordEntity r"
                                        + " where r.unitId in :units" + SERVED + " group by r.unitId", Object[].class)
                        .setParameter("units", chunk)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList()).stream()
                .map(row -> new UnitService(UnitId.of((String) row[0]), ((Number) row[1]).longValue(),
                        ((Number) row[2]).intValue()))
                .toList();
    }

    @Override
    public ServiceTotal serviceTotal(Collection<UnitId> units, Instant from, Instant to) {
        List<String> keys = keys(units, from, to);
        if (keys.isEmpty()) {
            return ServiceTotal.NONE;
        }
        if (keys.size() <= InLists.CHUNK) {
            Object[] row = em.createQuery("select sum(r.minutes), count(distinct r.volunteerId), count(r)"
                            + " from ServiceRecordEntity r where r.unitId in :units" + SERVED, Object[].class)
                    .setParameter("units", keys)
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getSingleResult();
            return row[0] == null ? ServiceTotal.NONE : new ServiceTotal(((Number) row[0]).longValue(),
                    ((Number) row[1]).intValue(), ((Number) row[2]).intValue());
        }
        // more units than one IN list takes: sum per chunk, but count a volunteer who served in two chunks once
        long minutes = 0;
        int entries = 0;
        for (UnitService line : serviceByUnit(units, from, to)) {
            minutes += line.minutes();
            entries += line.entries();
        }
        Set<String> volunteers = new HashSet<>(InLists.read(keys, chunk -> em.createQuery(
                        "select distinct r.volunteerId from ServiceRecordEntity r where r.unitId in :units" + SERVED,
                        String.class)
                .setParameter("units", chunk)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()));
        return new ServiceTotal(minutes, volunteers.size(), entries);
    }

    private static List<String> keys(Collection<UnitId> units, Instant from, Instant to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        return units.stream().map(UnitId::toString).distinct().toList();
    }

    @Override
    public List<UnitId> chainedUnits() {
        return em.createQuery("select distinct r.unitId from ServiceRecordEntity r", String.class).getResultList()
                .stream().map(UnitId::of).toList();
    }

    @Override
    public Optional<ServiceRecord> lastOf(UnitId unit) {
        requireNonNull(unit, "unit");
        return em.createQuery("select r from ServiceRecordEntity r where r.unitId = :unit order by r.sequence desc",
                        ServiceRecordEntity.class)
                .setParameter("unit", unit.toString())
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(ServiceRecordMapper::toDomain);
    }

    @Override
    public Optional<ServiceRecord> correctionOf(ServiceRecordId id) {
        requireNonNull(id, "id");
        return em.createQuery("select r from ServiceRecordEntity r where r.correctsId = :id order by r.id",
                        ServiceRecordEntity.class)
                .setParameter("id", id.toString())
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(ServiceRecordMapper::toDomain);
    }

    @Override
    public List<ServiceRecord> overlapping(VolunteerId volunteer, Instant from, Instant to) {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        return em.createQuery("select r from ServiceRecordEntity r where r.volunteerId = :volunteer"
                                + " and r.startAt < :to and (r.endAt > :from or (r.endAt is null"
                                + " and (r.scheduledEnd is null or r.scheduledEnd > :from)))" + EFFECTIVE
                                + " order by r.startAt, r.id", ServiceRecordEntity.class)
                .setParameter("volunteer", volunteer.toString())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList().stream().map(ServiceRecordMapper::toDomain).toList();
    }

    @Override
    public List<ServiceRecord> openEndedBefore(Instant instant) {
        requireNonNull(instant, "instant");
        return em.createQuery("select r from ServiceRecordEntity r where r.endAt is null"
                                + " and r.scheduledEnd < :instant" + EFFECTIVE + " order by r.scheduledEnd, r.id",
                        ServiceRecordEntity.class)
                .setParameter("instant", instant)
                .getResultList().stream().map(ServiceRecordMapper::toDomain).toList();
    }

    @Override
    public List<ServiceRecord> effectiveOf(UnitId unit, VolunteerId volunteer) {
        requireNonNull(unit, "unit");
        requireNonNull(volunteer, "volunteer");
        return em.createQuery("select r from ServiceRecordEntity r where r.unitId = :unit"
                                + " and r.volunteerId = :volunteer" + EFFECTIVE + " order by r.startAt, r.id",
                        ServiceRecordEntity.class)
                .setParameter("unit", unit.toString())
                .setParameter("volunteer", volunteer.toString())
                .getResultList().stream().map(ServiceRecordMapper::toDomain).toList();
    }

    @Override
    public List<ServiceRecord> effectiveOfActivities(Collection<UUID> activities) {
        requireNonNull(activities, "activities");
        return InLists.read(activities.stream().map(UUID::toString).toList(), chunk -> em.createQuery(
                                "select r from ServiceRecordEntity r where r.activityId in :activities" + EFFECTIVE,
                                ServiceRecordEntity.class)
                        .setParameter("activities", chunk)
                        .getResultList()).stream()
                .map(ServiceRecordMapper::toDomain)
                .sorted(Comparator.comparing(ServiceRecord::start).thenComparing(r -> r.id().toString()))
                .toList();
    }

    private static CivilityException stale(ServiceRecord entry, Object actual) {
        return CivilityException.of(SharedError.STALE_VERSION, "what", "service-record-chain", "id", entry.unit(),
                "expected", entry.sequence(), "actual", actual);
    }

}
