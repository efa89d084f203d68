package org.civility.persistence.notice;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryId;
import org.civility.core.notice.DeliveryStatus;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.NoticeRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/**
 * {@link NoticeRepository} on JPA. Runs in the caller's transaction, so a notice and its
 * deliveries stored together commit together (the outbox).
 *
 * <p>Concurrency: portable optimistic locking, no {@code FOR UPDATE SKIP LOCKED}. Each delivery row
 * has its own version; a dispatcher claims a due delivery by storing it (one more attempt, next
 * attempt pushed past a lease) in a short transaction before sending, so of two dispatchers racing
 * for a row one gets STALE-VERSION and skips it.
 */
public class JpaNoticeRepository implements NoticeRepository {

    private final EntityManager em;

    public JpaNoticeRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Notice> find(NoticeId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(NoticeEntity.class, id.toString())).map(NoticeMapper::toDomain);
    }

    @Override
    public Notice store(Notice notice) {
        requireNonNull(notice, "notice");
        NoticeEntity e = StoredVersions.store(em, NoticeEntity.class, "notice", notice.id(), notice.version(),
                NoticeEntity::new, row -> NoticeMapper.copy(notice, row), row -> row.version);
        return NoticeMapper.toDomain(e);
    }

    @Override
    public Page<Notice> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return Pages.of(em.createQuery(
                        "select n from NoticeEntity n where n.unitId = :unit order by n.publishAt desc, n.id",
                        NoticeEntity.class)
                .setParameter("unit", unit.toString()), page, NoticeMapper::toDomain);
    }

    @Override
    public Optional<Delivery> findDelivery(DeliveryId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(DeliveryEntity.class, id.toString())).map(NoticeMapper::toDomain);
    }

    @Override
    public Delivery storeDelivery(Delivery delivery) {
        requireNonNull(delivery, "delivery");
        String id = delivery.id().toString();
        DeliveryEntity e = em.find(DeliveryEntity.class, id);
        if (e == null) {
            StoredVersions.checkNew("delivery", delivery.id(), delivery.version());
            if (em.find(NoticeEntity.class, delivery.notice().toString()) == null) {
                throw CivilityException.of(SharedError.NOT_FOUND, "what", "notice", "id", delivery.notice());
            }
            e = new DeliveryEntity(id);
            NoticeMapper.copy(delivery, e);
            em.persist(e);
        } else {
            StoredVersions.check("delivery", delivery.id(), delivery.version(), e.version);
            NoticeMapper.copy(delivery, e);
            // A retry "now" of a row already due now changes no column: bump it anyway.
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        StoredVersions.flush(em, "delivery", delivery.id(), delivery.version());
        return NoticeMapper.toDomain(e);
    }

    @Override
    public List<Delivery> deliveries(NoticeId notice) {
        requireNonNull(notice, "notice");
        return em.createQuery("select d from DeliveryEntity d where d.noticeId = :notice", DeliveryEntity.class)
                .setParameter("notice", notice.toString())
                .getResultList().stream()
                .map(NoticeMapper::toDomain)
                .sorted(Comparator.comparing(d -> d.channel().name()))
                .toList();
    }

    @Override
    public List<Delivery> dueDeliveries(Instant now, int limit) {
        requireNonNull(now, "now");
        return em.createQuery("""
                        select d from DeliveryEntity d
                        where d.status in :unsent and d.nextAttemptAt <= :now
                        order by d.nextAttemptAt, d.id""", DeliveryEntity.class)
                .setParameter("unsent", List.of(DeliveryStatus.PENDING, DeliveryStatus.RETRYING,
                        DeliveryStatus.NEEDS_ATTENTION))
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(NoticeMapper::toDomain)
                .toList();
    }
}
