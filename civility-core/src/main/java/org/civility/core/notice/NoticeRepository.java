package org.civility.core.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/**
 * Where notices and their deliveries (the outbox) are kept. Implemented by the portal's persistence
 * (or {@code org.civility.core.memory.InMemoryNoticeRepository}). Runs in the caller's transaction:
 * a notice and its deliveries stored in one transaction commit together.
 */
public interface NoticeRepository {

    Optional<Notice> find(NoticeId id);

    /**
     * Inserts or updates.
     *
     * @return the notice as stored, with its new version
     * @throws CivilityException STALE-VERSION if {@code notice.version()} differs from the stored one
     */
    Notice store(Notice notice);

    /** Notices of {@code unit} (not below it), latest publish-at first, then by id. */
    Page<Notice> byUnit(UnitId unit, PageRequest page);

    Optional<Delivery> findDelivery(DeliveryId id);

    /**
     * Inserts or updates one delivery; its notice must be stored.
     *
     * @return the delivery as stored, with its new version
     * @throws CivilityException STALE-VERSION if {@code delivery.version()} differs from the stored one
     */
    Delivery storeDelivery(Delivery delivery);

    /** The deliveries of a notice, ordered by channel name. */
    List<Delivery> deliveries(NoticeId notice);

    /**
     * At most {@code limit} unsent deliveries whose next attempt is at or before {@code now}, the
     * longest waiting first (next attempt, then id).
     */
    List<Delivery> dueDeliveries(Instant now, int limit);
}
