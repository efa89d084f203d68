package org.civility.core.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import static java.util.Objects.requireNonNull;

/**
 * Sends the outbox: takes due deliveries, hands each to the {@link Notifier} and records the
 * outcome. A portal calls {@link #runOnce(int)} on a timer.
 *
 * <p>Each delivery takes two short transactions ({@link DispatchTransactions}): the first
 * <em>claims</em> it (counts the attempt and holds it for {@link #LEASE}; two dispatchers racing
 * for it collide on its version and only one sends), then the notifier is called outside any
 * transaction, then the second records sent or failed (failed: due again after the
 * {@link Backoff}). If the process dies after the claim and before the record, the delivery is due
 * again when the lease ends and is sent again: delivery is <b>at least once</b>, and the
 * {@link NoticeMessage#idempotencyKey() idempotency key} (the delivery id) lets a notifier drop
 * the duplicate. Nothing is ever dropped: a delivery stays due until it is SENT.
 */
public final class NoticeDispatcher {

    /** How long a claimed delivery is held before another dispatcher may try it again. */
    public static final Duration LEASE = Duration.ofMinutes(5);

    private final NoticeRepository notices;
    private final Notifier notifier;
    private final Clock clock;
    private final Backoff backoff;
    private final DispatchTransactions transactions;

    public NoticeDispatcher(NoticeRepository notices, Notifier notifier, Clock clock, Backoff backoff,
                            DispatchTransactions transactions) {
        this.notices = requireNonNull(notices, "notices");
        this.notifier = requireNonNull(notifier, "notifier");
        this.clock = requireNonNull(clock, "clock");
        this.backoff = requireNonNull(backoff, "backoff");
        this.transactions = requireNonNull(transactions, "transactions");
    }

    /** Standard backoff, no transactions (in-memory repositories). */
    public NoticeDispatcher(NoticeRepository notices, Notifier notifier, Clock clock) {
        this(notices, notifier, clock, Backoff.standard(), DispatchTransactions.none());
    }

    /** What one run did. */
    public record Report(int sent, int failed, int skipped) {
        public int total() {
            return sent + failed + skipped;
        }
    }

    /** The outcome of one delivery. */
    public enum Outcome { SENT, FAILED, SKIPPED }

    /** Dispatches at most {@code limit} due deliveries, each on its own. */
    public Report runOnce(int limit) {
        List<DeliveryId> due = transactions.inTransaction(() ->
                notices.dueDeliveries(clock.instant(), limit).stream().map(Delivery::id).toList());
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (DeliveryId id : due) {
            switch (dispatch(id)) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case SKIPPED -> skipped++;
            }
        }
        return new Report(sent, failed, skipped);
    }

    /**
     * Claims, sends and records one delivery. SKIPPED if it is no longer due or another dispatcher
     * claimed or recorded it first.
     */
    public Outcome dispatch(DeliveryId id) {
        Optional<Claim> claim = guarded(() -> transactions.inTransaction(() -> claim(id)));
        if (claim.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Claim c = claim.get();
        Exception failure = null;
        try {
            notifier.send(c.channel(), c.message());
        } catch (Exception e) {
            failure = e;
        }
        Exception f = failure;
        Optional<Outcome> recorded = guarded(() -> transactions.inTransaction(() -> record(id, c.attempt(), f)));
        return recorded.orElse(Outcome.SKIPPED);
    }

    private record Claim(Channel channel, NoticeMessage message, int attempt) {
    }

    private Optional<Claim> claim(DeliveryId id) {
        Optional<Delivery> found = notices.findDelivery(id);
        if (found.isEmpty() || !found.get().claim(clock.instant(), LEASE)) {
            return Optional.empty();
        }
        Delivery claimed = notices.storeDelivery(found.get());
        Notice notice = notices.find(claimed.notice()).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "notice", "id", claimed.notice()));
        return Optional.of(new Claim(claimed.channel(), notice.messageFor(claimed), claimed.attempts()));
    }

    private Optional<Outcome> record(DeliveryId id, int attempt, Exception failure) {
        Optional<Delivery> found = notices.findDelivery(id);
        // Someone else took it over after our lease ended, or recorded it: leave their state alone.
        if (found.isEmpty() || found.get().attempts() != attempt || found.get().status() == DeliveryStatus.SENT) {
            return Optional.empty();
        }
        Delivery delivery = found.get();
        Instant now = clock.instant();
        if (failure == null) {
            delivery.sent(now);
        } else {
            delivery.failed(describe(failure), now, backoff);
        }
        notices.storeDelivery(delivery);
        return Optional.of(failure == null ? Outcome.SENT : Outcome.FAILED);
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** A lost race on a delivery's version is not an error: the winner handles it. */
    private static <T> Optional<T> guarded(java.util.function.Supplier<Optional<T>> step) {
        try {
            return step.get();
        } catch (CivilityException e) {
            if (e.errorCode() == SharedError.STALE_VERSION) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
