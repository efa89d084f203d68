package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;

/**
 * Recognition as the portal uses it (DOMAIN §6): crediting hours to the points ledger, redeeming points
 * at the love supermarket, expiring old points, star levels and the yearly commendation (R-RECG-1).
 *
 * <p>Access: crediting, expiring and commending need MANAGE_ACTIVITIES at the unit; a volunteer redeems
 * their own points with SIGN_UP at the supermarket's unit; reading a ledger needs VIEW at the unit and
 * is allowed to the volunteer themself or to an actor with MANAGE_ACTIVITIES there.
 */
public final class RecognitionService {

    private final PointsLedgerRepository ledger;
    private final AccessControl access;
    private final PolicySettings settings;
    private final StarLevelPolicy starLevels;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public RecognitionService(PointsLedgerRepository ledger, AccessControl access, PolicySettings settings, Clock clock,
                              IdSource ids, EventPublisher events) {
        this.ledger = requireNonNull(ledger, "ledger");
        this.access = requireNonNull(access, "access");
        this.settings = requireNonNull(settings, "settings");
        this.starLevels = new StarLevelPolicy(settings);
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Credits a service record's minutes. Points = minutes × points-per-hour / 60 (rounded down);
     * administrator make-up earns none unless {@link PointsSettings#MAKE_UP_EARNS_POINTS} is 1. The minutes
     * always count toward star levels. A record id already credited is ignored (empty result).
     */
    public Optional<PointsEntry> credit(Actor actor, HoursCredited command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_ACTIVITIES, command.unit());
        if (ledger.hasCredit(command.recordId())) {
            return Optional.empty();
        }
        if (command.minutes() < 0) {
            throw CivilityException.of(RecognitionError.INVALID_VALUE, "field", "minutes",
                    "value", String.valueOf(command.minutes()));
        }
        boolean earns = command.source() != HoursSource.ADMIN_MAKE_UP
                || settings.effective(PointsSettings.MAKE_UP_EARNS_POINTS, command.unit()) > 0;
        long perHour = settings.effective(PointsSettings.POINTS_PER_HOUR, command.unit());
        long points = earns ? command.minutes() * perHour / 60 : 0;
        PointsEntry entry = ledger.append(PointsEntry.credit(new PointsEntryId(ids.nextId()), command.volunteer(),
                command.unit(), points, command.minutes(), command.source(), command.recordId(),
                requireNonNull(command.at(), "at")));
        events.publish(new PointsCredited(entry, clock.instant()));
        return Optional.of(entry);
    }

    /**
     * Credits a service record entry that may correct earlier ones: only the difference between its minutes
     * and the minutes credited (net of withdrawals) for the entries it replaces. A positive difference is a
     * CREDIT that earns points like {@link #credit}; a negative one is a CORRECTION that withdraws the minutes
     * and the points they earned in proportion (the chain keeps {@code credited points × new minutes ÷
     * credited minutes}, rounded down), never more points than the balance holds, so the balance stays
     * non-negative even when the points were already spent. No difference, or a record id already in the
     * ledger, appends nothing (empty result). Needs MANAGE_ACTIVITIES at the unit.
     */
    public Optional<PointsEntry> creditRecorded(Actor actor, HoursRecorded command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_ACTIVITIES, command.unit());
        if (command.minutes() < 0) {
            throw CivilityException.of(RecognitionError.INVALID_VALUE, "field", "minutes",
                    "value", String.valueOf(command.minutes()));
        }
        if (ledger.hasCredit(command.recordId())) {
            return Optional.empty();
        }
        Set<UUID> replaced = Set.copyOf(command.replaces());
        long creditedMinutes = 0;
        long creditedPoints = 0;
        // A first record replaces nothing: the volunteer's ledger is read only for corrections.
        for (PointsEntry e : replaced.isEmpty() ? List.<PointsEntry>of() : ledger.entries(command.volunteer())) {
            if (e.recordId() != null && replaced.contains(e.recordId())) {
                creditedMinutes += e.signedMinutes();
                creditedPoints += e.signedPoints();
            }
        }
        long delta = command.minutes() - creditedMinutes;
        if (delta > 0) {
            return credit(actor, new HoursCredited(command.volunteer(), command.unit(), delta, command.source(),
                    command.recordId(), command.at()));
        }
        if (delta == 0) {
            return Optional.empty();
        }
        long keep = creditedMinutes <= 0 ? 0 : Math.max(0, creditedPoints) * command.minutes() / creditedMinutes;
        long withdraw = Math.min(Math.max(0, creditedPoints - keep), ledger.balance(command.volunteer()));
        PointsEntry entry = ledger.append(PointsEntry.correction(new PointsEntryId(ids.nextId()), command.volunteer(),
                command.unit(), withdraw, -delta, command.source(), command.recordId(), command.at()));
        events.publish(new PointsWithdrawn(entry, clock.instant()));
        return Optional.of(entry);
    }

    /**
     * Redeems the volunteer's own points. A retry with the same request id returns the first entry and
     * debits nothing.
     *
     * @throws CivilityException {@link RecognitionError#INSUFFICIENT_POINTS}, {@link RecognitionError#NOT_OWN_POINTS},
     *                           {@link RecognitionError#REQUEST_REUSED} (same request id, other goods or cost)
     */
    public PointsEntry redeem(Actor actor, RedeemPoints command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.SIGN_UP, command.unit());
        if (!actor.volunteerId().map(command.volunteer().value()::equals).orElse(false)) {
            throw CivilityException.of(RecognitionError.NOT_OWN_POINTS, "actor", actor.name(),
                    "volunteer", command.volunteer().toString());
        }
        Optional<PointsEntry> first = ledger.findRedemption(command.volunteer(), command.requestId());
        if (first.isPresent()) {
            PointsEntry e = first.get();
            if (e.points() != command.cost() || !e.goods().equals(command.goods())) {
                throw CivilityException.of(RecognitionError.REQUEST_REUSED, "requestId", command.requestId(),
                        "goods", e.goods(), "cost", e.points());
            }
            return e;
        }
        long balance = ledger.balance(command.volunteer());
        if (balance < command.cost()) {
            throw CivilityException.of(RecognitionError.INSUFFICIENT_POINTS, "volunteer", command.volunteer().toString(),
                    "balance", balance, "cost", command.cost());
        }
        Instant now = clock.instant();
        PointsEntry entry = ledger.append(PointsEntry.redemption(new PointsEntryId(ids.nextId()), command.volunteer(),
                command.unit(), command.cost(), command.requestId(), command.goods(), now));
        events.publish(new PointsRedeemed(entry, actor.name(), now));
        return entry;
    }

    /**
     * Expires points credited at least {@link PointsSettings#EXPIRE_AFTER_YEARS} years ago and not yet
     * spent (debits consume the oldest credits first). Nothing happens when the setting is 0 or nothing is due.
     */
    public Optional<PointsEntry> expire(Actor actor, VolunteerId volunteer, UnitId unit) {
        requireNonNull(volunteer, "volunteer");
        access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        int years = settings.effective(PointsSettings.EXPIRE_AFTER_YEARS, unit);
        if (years <= 0) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant cutoff = now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
        long due = dueForExpiry(ledger.entries(volunteer), cutoff);
        if (due <= 0) {
            return Optional.empty();
        }
        PointsEntry entry = ledger.append(PointsEntry.expiry(new PointsEntryId(ids.nextId()), volunteer, unit, due, now));
        events.publish(new PointsExpired(entry, now));
        return Optional.of(entry);
    }

    /** Unspent points of credits at or before {@code cutoff}, debits consuming the oldest credits first. */
    static long dueForExpiry(List<PointsEntry> entries, Instant cutoff) {
        long old = 0;
        long debits = 0;
        for (PointsEntry e : entries) {
            if (e.kind() == EntryKind.CREDIT) {
                if (!e.at().isAfter(cutoff)) {
                    old += e.points();
                }
            } else {
                debits += e.points();
            }
        }
        return Math.max(0, old - debits);
    }

    /** The volunteer's balance. */
    public long balance(Actor actor, VolunteerId volunteer, UnitId unit) {
        requireReader(actor, volunteer, unit);
        return ledger.balance(volunteer);
    }

    /** The volunteer's ledger, oldest first. */
    public List<PointsEntry> entries(Actor actor, VolunteerId volunteer, UnitId unit) {
        requireReader(actor, volunteer, unit);
        return ledger.entries(volunteer);
    }

    /** The volunteer's total credited minutes (every source). */
    public long totalMinutes(Actor actor, VolunteerId volunteer, UnitId unit) {
        requireReader(actor, volunteer, unit);
        return totalMinutes(volunteer);
    }

    /** The volunteer's star level (0..5) under the thresholds effective at {@code unit}. */
    public int starLevel(Actor actor, VolunteerId volunteer, UnitId unit) {
        requireReader(actor, volunteer, unit);
        return starLevels.levelFor(totalMinutes(volunteer), unit);
    }

    /**
     * R-RECG-1: the yearly commendation list of {@code unit}; every candidate, team and quota must belong
     * to the unit or below it. Needs MANAGE_ACTIVITIES at the unit.
     */
    public List<Commended> commend(Actor actor, UnitId unit, List<CommendationCandidate> candidates,
                                   List<TeamMembership> teams, List<CommendationQuota> quotas) {
        access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        for (CommendationQuota q : quotas) {
            access.require(actor, Permission.MANAGE_ACTIVITIES, q.unit());
        }
        return YearlyCommendation.rank(candidates, teams, quotas);
    }

    private long totalMinutes(VolunteerId volunteer) {
        return ledger.entries(volunteer).stream().mapToLong(PointsEntry::signedMinutes).sum();
    }

    private void requireReader(Actor actor, VolunteerId volunteer, UnitId unit) {
        requireNonNull(volunteer, "volunteer");
        access.require(actor, Permission.VIEW, unit);
        boolean self = actor.volunteerId().map(volunteer.value()::equals).orElse(false);
        if (!self) {
            access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        }
    }
}
