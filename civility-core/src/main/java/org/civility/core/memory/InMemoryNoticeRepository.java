package org.civility.core.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryId;
import org.civility.core.notice.Notice;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.NoticeRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** Notices and their deliveries in memory, as snapshots: thread-safe; callers never share state with the store. */
public final class InMemoryNoticeRepository implements NoticeRepository {

    private static final Comparator<Notice> LATEST_FIRST =
            Comparator.comparing(Notice::publishAt).reversed().thenComparing(n -> n.id().toString());
    private static final Comparator<Delivery> LONGEST_WAITING =
            Comparator.comparing(Delivery::nextAttemptAt).thenComparing(d -> d.id().toString());

    private final Map<NoticeId, Notice> notices = new HashMap<>();
    private final Map<DeliveryId, Delivery> deliveries = new HashMap<>();

    @Override
    public synchronized Optional<Notice> find(NoticeId id) {
        return Optional.ofNullable(notices.get(id)).map(n -> copy(n, n.version()));
    }

    @Override
    public synchronized Notice store(Notice notice) {
        Notice current = notices.get(notice.id());
        long actual = current == null ? 0 : current.version();
        check("notice", notice.id(), notice.version(), actual);
        Notice stored = copy(notice, actual + 1);
        notices.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Notice> byUnit(UnitId unit, PageRequest page) {
        return Page.of(notices.values().stream()
                .filter(n -> n.unit().equals(unit))
                .sorted(LATEST_FIRST)
                .map(n -> copy(n, n.version()))
                .toList(), page);
    }

    @Override
    public synchronized Optional<Delivery> findDelivery(DeliveryId id) {
        return Optional.ofNullable(deliveries.get(id)).map(d -> copy(d, d.version()));
    }

    @Override
    public synchronized Delivery storeDelivery(Delivery delivery) {
        if (!notices.containsKey(delivery.notice())) {
            throw CivilityException.of(SharedError.NOT_FOUND, "what", "notice", "id", delivery.notice());
        }
        Delivery current = deliveries.get(delivery.id());
        long actual = current == null ? 0 : current.version();
        check("delivery", delivery.id(), delivery.version(), actual);
        Delivery stored = copy(delivery, actual + 1);
        deliveries.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized List<Delivery> deliveries(NoticeId notice) {
        return deliveries.values().stream()
                .filter(d -> d.notice().equals(notice))
                .sorted(Comparator.comparing(d -> d.channel().name()))
                .map(d -> copy(d, d.version()))
                .toList();
    }

    @Override
    public synchronized List<Delivery> dueDeliveries(Instant now, int limit) {
        return deliveries.values().stream()
                .filter(d -> d.isDue(now))
                .sorted(LONGEST_WAITING)
                .limit(limit)
                .map(d -> copy(d, d.version()))
                .toList();
    }

    private static void check(String what, Object id, long expected, long actual) {
        if (expected != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", what, "id", id,
                    "expected", expected, "actual", actual);
        }
    }

    private static Notice copy(Notice n, long version) {
        return Notice.restore(n.id(), n.unit(), n.subject(), n.content(), n.channels(), n.publishAt(),
                n.announcedBy(), n.announcedAt(), version);
    }

    private static Delivery copy(Delivery d, long version) {
        return Delivery.restore(d.id(), d.notice(), d.channel(), d.status(), d.attempts(), d.lastError(),
                d.nextAttemptAt(), d.sentAt(), version);
    }
}
