package org.civility.persistence.activity;

import jakarta.persistence.EntityManager;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.organisation.UnitId;
import org.civility.persistence.internal.StoredVersions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link ActivityRecordRepository} over JPA; runs in the caller's transaction. A record belongs to a stored activity
 * ({@code fk_civ_activity_record_activity}); attendees, names and photos are rows of their own tables. Whether a
 * record is complete is the aggregate's answer, stored with it ({@code is_complete}) so that the assessment's count
 * is one indexed query.
 */
public class JpaActivityRecordRepository implements ActivityRecordRepository {

    private final EntityManager em;

    public JpaActivityRecordRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<ActivityRecord> find(ActivityId activity) {
        requireNonNull(activity, "activity");
        return Optional.ofNullable(em.find(ActivityRecordEntity.class, activity.toString()))
                .map(ActivityRecordMapper::toDomain);
    }

    @Override
    public ActivityRecord store(ActivityRecord record) {
        requireNonNull(record, "record");
        ActivityRecordEntity e = StoredVersions.store(em, ActivityRecordEntity.class, "activity-record",
                record.activity(), record.version(), ActivityRecordEntity::new,
                row -> ActivityRecordMapper.copy(record, row), row -> row.version);
        return ActivityRecordMapper.toDomain(e);
    }

    @Override
    public List<ActivityRecord> byUnitBetween(UnitId unit, Instant from, Instant to) {
        return em.createQuery("select r from ActivityRecordEntity r where r.unitId = :unit"
                        + " and r.startsAt >= :from and r.startsAt < :to order by r.startsAt, r.activityId",
                        ActivityRecordEntity.class)
                .setParameter("unit", requireNonNull(unit, "unit").toString())
                .setParameter("from", requireNonNull(from, "from"))
                .setParameter("to", requireNonNull(to, "to"))
                .getResultList().stream().map(ActivityRecordMapper::toDomain).toList();
    }

    @Override
    public int countComplete(UnitId unit, Instant from, Instant to) {
        Long count = em.createQuery("select count(r) from ActivityRecordEntity r where r.unitId = :unit"
                        + " and r.startsAt >= :from and r.startsAt < :to and r.complete = true", Long.class)
                .setParameter("unit", requireNonNull(unit, "unit").toString())
                .setParameter("from", requireNonNull(from, "from"))
                .setParameter("to", requireNonNull(to, "to"))
                .getSingleResult();
        return count.intValue();
    }
}
