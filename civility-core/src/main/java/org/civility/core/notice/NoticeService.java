package org.civility.core.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Notices as the portal uses them (DOMAIN §7). Announcing stores the notice and one
 * {@link Delivery} per channel in the caller's transaction and sends nothing: the
 * {@link NoticeDispatcher} sends them later (transactional outbox).
 */
public final class NoticeService {

    private final NoticeRepository notices;
    private final AccessControl access;
    private final AnnouncedAheadPolicy announcedAhead;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public NoticeService(NoticeRepository notices, AccessControl access, PolicySettings settings, Clock clock,
                         IdSource ids, EventPublisher events) {
        this.notices = requireNonNull(notices, "notices");
        this.access = requireNonNull(access, "access");
        this.announcedAhead = new AnnouncedAheadPolicy(requireNonNull(settings, "settings"));
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Announces a subject through channels. Needs ANNOUNCE at the unit. Publish-at null or past means now.
     *
     * @throws CivilityException {@link NoticeError#TOO_LATE} (R-NOTE-1), {@link NoticeError#NO_CHANNEL},
     *                           {@link NoticeError#TEXT_TOO_LONG}, REQUIRED
     */
    public Notice announce(Actor actor, AnnounceNotice command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.ANNOUNCE, command.unit());
        Instant now = now();
        Instant publishAt = command.publishAt() == null || command.publishAt().isBefore(now) ? now : command.publishAt();
        NoticeContent content = new NoticeContent(command.title(), command.body(), command.place(), command.startsAt());
        Subject subject = new Subject(command.subjectKind(), command.subjectId());
        announcedAhead.evaluate(new Announcement(command.unit(), publishAt, content.startsAt())).orThrow();
        Notice stored = notices.store(Notice.announce(new NoticeId(ids.nextId()), command.unit(), subject, content,
                command.channels(), publishAt, actor.name(), now));
        for (Channel channel : stored.channels()) {
            notices.storeDelivery(stored.openDelivery(new DeliveryId(ids.nextId()), channel));
        }
        events.publish(new NoticeAnnounced(stored.id(), stored.unit(), stored.subject(), stored.channels(),
                stored.publishAt(), actor.name(), now));
        return stored;
    }

    /** Needs VIEW at the notice's unit. */
    public Notice get(Actor actor, NoticeId id) {
        Notice notice = notice(id);
        access.require(actor, Permission.VIEW, notice.unit());
        return notice;
    }

    /** The per-channel delivery status of a notice, by channel name. Needs VIEW at its unit. */
    public List<Delivery> deliveries(Actor actor, NoticeId id) {
        get(actor, id);
        return notices.deliveries(id);
    }

    /** Notices of a unit, latest first. Needs VIEW there. */
    public Page<Notice> listByUnit(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return notices.byUnit(unit, page);
    }

    /**
     * Makes an unsent delivery due at once. Needs ANNOUNCE at the notice's unit.
     *
     * @throws CivilityException {@link NoticeError#ALREADY_SENT}, {@link NoticeError#CHANNEL_NOT_USED}
     */
    public Delivery retry(Actor actor, RetryDelivery command) {
        return retry(actor, command, null);
    }

    /**
     * As {@link #retry(Actor, RetryDelivery)}, if the channel's delivery is still at {@code expectedVersion}: the
     * version the caller read (If-Match), or null not to check.
     */
    public Delivery retry(Actor actor, RetryDelivery command, Long expectedVersion) {
        Notice notice = notice(command.notice());
        access.require(actor, Permission.ANNOUNCE, notice.unit());
        notice.requireChannel(command.channel());
        Delivery delivery = notices.deliveries(notice.id()).stream()
                .filter(d -> d.channel() == command.channel())
                .findFirst()
                .orElseThrow(() -> CivilityException.of(NoticeError.CHANNEL_NOT_USED, "notice", notice.id(),
                        "channel", command.channel()));
        ExpectedVersion.check("delivery", delivery.id(), expectedVersion, delivery.version());
        Instant now = now();
        delivery.retryNow(now);
        Delivery stored = notices.storeDelivery(delivery);
        events.publish(new DeliveryRetryRequested(notice.id(), notice.unit(), command.channel(), actor.name(), now));
        return stored;
    }

    private Notice notice(NoticeId id) {
        requireNonNull(id, "id");
        return notices.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND,
                "what", "notice", "id", id));
    }

    private Instant now() {
        return clock.instant();
    }
}
