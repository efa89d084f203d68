package org.civility.core.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import static java.util.Objects.requireNonNull;

/**
 * Check-in, check-out, administrator make-up and corrections of service records; the closing of forgotten
 * check-outs; reading and verifying a unit's chain.
 *
 * <p>Entries are read with {@link Permission#VIEW} at their unit (a volunteer reads all their own), but only the
 * staff who keep the unit's records (MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS there) see them in full: everyone
 * else gets them {@link ServiceRecord#redacted redacted}, without the hashes and without the check-in location,
 * which only the volunteer themself keeps seeing (location is sensitive personal data).
 */
public final class ServiceRecordService {

    /** Who {@link #closeForgotten} records as author. */
    public static final String SYSTEM = "system";

    private final ServiceRecordRepository records;
    private final ChainHeadRepository heads;
    private final ChainSeal seal;
    private final VolunteerRepository volunteers;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    /**
     * @param heads the sealed heads of the chains, in the same store and transaction as {@code records}
     * @param seal  the installation's chain key, kept outside the database (R-REC-1)
     */
    public ServiceRecordService(ServiceRecordRepository records, ChainHeadRepository heads, ChainSeal seal,
            VolunteerRepository volunteers, AccessControl access, Clock clock, IdSource ids, EventPublisher events) {
        this.records = requireNonNull(records, "records");
        this.heads = requireNonNull(heads, "heads");
        this.seal = requireNonNull(seal, "seal");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /** Opens a session (an entry without end, crediting 0 minutes until closed). */
    public ServiceRecord checkIn(Actor actor, CheckIn c) {
        access.require(actor, Permission.SIGN_UP, c.unit());
        requireOwn(actor, c.volunteer());
        if (c.location().isPresent() && !c.locationConsent()) {
            throw CivilityException.of(RecordError.LOCATION_CONSENT, "volunteer", c.volunteer());
        }
        if (!c.scheduledEnd().isAfter(c.scheduledStart())) {
            throw CivilityException.of(RecordError.ENTRY_INVALID, "field", "scheduledEnd", "value", c.scheduledEnd());
        }
        Instant until = c.scheduledEnd().isAfter(c.at()) ? c.scheduledEnd() : c.at().plusSeconds(1);
        rejectOverlap(actor, c.volunteer(), c.at(), until, Optional.empty());
        return shown(actor, append(c.unit(), c.volunteer(), c.activity(), c.description(), c.where(), c.location(),
                c.at(), Optional.empty(), Optional.of(c.scheduledEnd()), 0, RecordSource.SELF_CHECK_IN, Set.of(),
                actor.name(), Optional.empty()));
    }

    /** Closes an open session: a correcting entry with the end and the minutes served. */
    public ServiceRecord checkOut(Actor actor, CheckOut c) {
        ServiceRecord session = load(c.session());
        access.require(actor, Permission.SIGN_UP, session.unit());
        requireOwn(actor, session.volunteer());
        requireOpen(session);
        if (c.at().isBefore(session.start())) {
            throw CivilityException.of(RecordError.ENTRY_INVALID, "field", "at", "value", c.at());
        }
        rejectOverlap(actor, session.volunteer(), session.start(), c.at(), Optional.of(session.id()));
        return shown(actor, append(session.unit(), session.volunteer(), session.activity(), session.description(),
                session.where(), session.location(), session.start(), Optional.of(c.at()), session.scheduledEnd(),
                minutes(session.start(), c.at()), RecordSource.SELF_CHECK_IN, Set.of(), actor.name(),
                Optional.of(session.id())));
    }

    /**
     * Closes every open session whose scheduled end is before {@code now} at its scheduled end, flagged
     * {@link RecordFlag#FORGOTTEN_CHECK_OUT_REVIEW} and crediting 0 minutes: an administrator reviews it and credits
     * the time with a {@link #makeUp} that corrects it.
     */
    public List<ServiceRecord> closeForgotten(Instant now) {
        List<ServiceRecord> closed = new ArrayList<>();
        for (ServiceRecord session : records.openEndedBefore(now)) {
            Instant end = session.scheduledEnd().orElseThrow();
            closed.add(append(session.unit(), session.volunteer(), session.activity(), session.description(),
                    session.where(), session.location(), session.start(),
                    Optional.of(end.isBefore(session.start()) ? session.start() : end), session.scheduledEnd(), 0,
                    session.source(), EnumSet.of(RecordFlag.FORGOTTEN_CHECK_OUT_REVIEW), SYSTEM,
                    Optional.of(session.id())));
        }
        return closed;
    }

    /**
     * Records (or corrects) time as an administrator; capped at the scheduled length. New time is made up only for a
     * volunteer whose home unit is the recording unit, lies below it or above it (a station's volunteer serving at
     * its practice point), never in another branch; a correction keeps the corrected entry's volunteer, who served
     * with the unit already.
     *
     * @throws CivilityException ACCESS-DENIED, NOT-FOUND (the volunteer), REFERENCE-OUTSIDE-SUBTREE,
     *                           RECORD-ENTRY-INVALID, RECORD-MAKE-UP-CAPPED, RECORD-ALREADY-CORRECTED, R-REC-1
     */
    public ServiceRecord makeUp(Actor actor, MakeUp m) {
        requireRecorder(actor, m.unit());
        if (m.corrects().isEmpty()) {
            Volunteer volunteer = volunteers.find(m.volunteer()).orElseThrow(() ->
                    CivilityException.of(SharedError.NOT_FOUND, "what", "volunteer", "id", m.volunteer()));
            access.requireWithinOrAbove(volunteer.homeUnit(), m.unit(), "volunteer", m.volunteer());
        }
        if (!m.end().isAfter(m.start())) {
            throw CivilityException.of(RecordError.ENTRY_INVALID, "field", "end", "value", m.end());
        }
        if (m.scheduledMinutes() < 1) {
            throw CivilityException.of(RecordError.ENTRY_INVALID, "field", "scheduledMinutes",
                    "value", m.scheduledMinutes());
        }
        int minutes = minutes(m.start(), m.end());
        if (minutes > m.scheduledMinutes()) {
            throw CivilityException.of(RecordError.MAKE_UP_CAPPED, "minutes", minutes,
                    "scheduledMinutes", m.scheduledMinutes());
        }
        Optional<ServiceRecord> corrected = m.corrects().map(this::load);
        corrected.ifPresent(old -> {
            if (!old.volunteer().equals(m.volunteer())) {
                throw CivilityException.of(RecordError.ENTRY_INVALID, "field", "volunteer", "value", m.volunteer());
            }
            // Who records certifies: a unit corrects only its own entries, in its own chain.
            if (!old.unit().equals(m.unit())) {
                throw CivilityException.of(RecordError.ENTRY_INVALID, "field", "unit", "value", m.unit());
            }
            requireNotCorrected(old);
        });
        rejectOverlap(actor, m.volunteer(), m.start(), m.end(), m.corrects());
        return append(m.unit(), m.volunteer(), m.activity(), m.description(), m.where(), Optional.empty(), m.start(),
                Optional.of(m.end()), Optional.empty(), minutes, RecordSource.ADMIN_MAKE_UP, Set.of(), actor.name(),
                m.corrects());
    }

    /** One entry, for VIEW at its unit; in full only for those who keep the unit's records. */
    public ServiceRecord get(Actor actor, ServiceRecordId id) {
        ServiceRecord entry = load(id);
        access.require(actor, Permission.VIEW, entry.unit());
        return shown(actor, entry);
    }

    /**
     * A volunteer's entries: all of them for the volunteer; for others those of units they may view. In full only
     * for those who keep the entry's unit's records.
     */
    public Page<ServiceRecord> byVolunteer(Actor actor, VolunteerId volunteer, PageRequest page) {
        Page<ServiceRecord> all = records.byVolunteer(volunteer, page);
        boolean self = actor.volunteerId().map(volunteer.value()::equals).orElse(false);
        return new Page<>(all.items().stream().filter(e -> self || access.permits(actor, Permission.VIEW, e.unit()))
                .map(e -> shown(actor, e)).toList(), all.offset(), all.hasMore());
    }

    /**
     * A volunteer's credited minutes by source over all their entries (see {@link RecordTotals}): for the volunteer
     * themselves; for others counting only entries of units they may view.
     */
    public RecordTotals totals(Actor actor, VolunteerId volunteer) {
        List<ServiceRecord> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        Page<ServiceRecord> slice;
        do {
            slice = byVolunteer(actor, volunteer, page);
            all.addAll(slice.items());
            page = new PageRequest(page.offset() + page.limit(), page.limit());
        } while (slice.hasMore());
        Map<RecordSource, Long> minutes = new EnumMap<>(RecordSource.class);
        int entries = 0;
        int open = 0;
        int toReview = 0;
        for (ServiceRecord e : ServiceRecord.current(all)) {
            entries++;
            if (e.isOpen()) {
                open++;
            }
            if (!e.flags().isEmpty()) {
                toReview++;
            }
            minutes.merge(e.source(), (long) e.minutes(), Long::sum);
        }
        return new RecordTotals(volunteer, minutes, entries, open, toReview);
    }

    /**
     * The flagged entries of a unit's chain not yet corrected (forgotten check-outs to review), by sequence. Needs
     * what {@link #makeUp} needs at the unit, since a review ends in a make-up.
     */
    public Page<ServiceRecord> toReview(Actor actor, UnitId unit, PageRequest page) {
        requireRecorder(actor, unit);
        return Page.of(ServiceRecord.current(records.chain(unit)).stream().filter(e -> !e.flags().isEmpty())
                .toList(), page);
    }

    /** Recording for others (make-up, review) needs MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS at the unit. */
    private void requireRecorder(Actor actor, UnitId unit) {
        RecordKeepers.require(access, actor, unit);
    }

    /** A unit's chain by sequence, for VIEW at the unit; in full only for those who keep the unit's records. */
    public List<ServiceRecord> chain(Actor actor, UnitId unit) {
        access.require(actor, Permission.VIEW, unit);
        return records.chain(unit).stream().map(e -> shown(actor, e)).toList();
    }

    /**
     * Verifies the unit's stored chain against its sealed head (R-REC-1), for VIEW at the unit (whoever may not see
     * the hashes may see the result).
     */
    public HashChainVerifier.Verification verify(Actor actor, UnitId unit) {
        access.require(actor, Permission.VIEW, unit);
        return verify(unit);
    }

    /**
     * The scheduled check (R-REC-1): verifies the chain of every unit that has entries or a head, in the caller's
     * transaction. For the installation's own schedule, not for a request: it answers for every unit.
     */
    public Map<UnitId, HashChainVerifier.Verification> verifyAll() {
        Set<UnitId> units = new LinkedHashSet<>(records.chainedUnits());
        units.addAll(heads.units());
        Map<UnitId, HashChainVerifier.Verification> result = new LinkedHashMap<>();
        units.forEach(unit -> result.put(unit, verify(unit)));
        return result;
    }

    private HashChainVerifier.Verification verify(UnitId unit) {
        return HashChainVerifier.verify(records, unit, heads.find(unit), seal);
    }

    private ServiceRecord shown(Actor actor, ServiceRecord entry) {
        if (RecordKeepers.keeps(access, actor, entry.unit())) {
            return entry;
        }
        return entry.redacted(actor.volunteerId().map(entry.volunteer().value()::equals).orElse(false));
    }

    private ServiceRecord append(UnitId unit, VolunteerId volunteer, Optional<UUID> activity, String description,
            String where, Optional<String> location, Instant start, Optional<Instant> end,
            Optional<Instant> scheduledEnd, int minutes, RecordSource source, Set<RecordFlag> flags,
            String recordedBy, Optional<ServiceRecordId> corrects) {
        Optional<ChainHead> head = heads.findForAppend(unit);
        Optional<ServiceRecord> last = records.lastOf(unit);
        boolean intactEnd = last.isEmpty() ? head.isEmpty()
                : head.filter(seal::verifies).map(h -> h.names(last.get())).orElse(false);
        if (!intactEnd) {
            throw CivilityException.of(RecordError.CHAIN_BROKEN, "unit", unit);
        }
        ServiceRecord entry = ServiceRecord.chained(new ServiceRecordId(ids.nextId()), unit,
                last.map(ServiceRecord::sequence).orElse(0L) + 1, last.map(ServiceRecord::hash)
                        .orElse(ServiceRecord.GENESIS), volunteer, activity, description, where, location, start, end,
                scheduledEnd, minutes, source, flags, recordedBy, clock.instant(), corrects);
        ServiceRecord stored = records.append(entry);
        heads.advance(seal.head(unit, stored.sequence(), stored.hash()));
        events.publish(new ServiceRecorded(stored.id(), stored.unit(), stored.sequence(), stored.volunteer(),
                stored.source(), stored.minutes(), stored.recordedAt()));
        return stored;
    }

    /** R-REC-1; names the conflicting entry only to whoever may read it (it may lie in another branch). */
    private void rejectOverlap(Actor actor, VolunteerId volunteer, Instant from, Instant to,
            Optional<ServiceRecordId> replaced) {
        records.overlapping(volunteer, from, to).stream()
                .filter(e -> replaced.map(r -> !r.equals(e.id())).orElse(true))
                .findFirst()
                .ifPresent(conflict -> {
                    boolean readable = actor.volunteerId().map(volunteer.value()::equals).orElse(false)
                            || access.permits(actor, Permission.VIEW, conflict.unit());
                    throw readable
                            ? CivilityException.of(RecordError.OVERLAPPING, "volunteer", volunteer, "start", from,
                                    "end", to, "conflicting", conflict.id())
                            : CivilityException.of(RecordError.OVERLAPPING, "volunteer", volunteer, "start", from,
                                    "end", to);
                });
    }

    private void requireOpen(ServiceRecord session) {
        if (!session.isOpen()) {
            throw CivilityException.of(RecordError.NOT_OPEN, "id", session.id());
        }
        requireNotCorrected(session);
    }

    private void requireNotCorrected(ServiceRecord entry) {
        records.correctionOf(entry.id()).ifPresent(c -> {
            throw CivilityException.of(RecordError.ALREADY_CORRECTED, "id", entry.id(), "correctedBy", c.id());
        });
    }

    private static void requireOwn(Actor actor, VolunteerId volunteer) {
        if (!actor.volunteerId().map(volunteer.value()::equals).orElse(false)) {
            throw CivilityException.of(RecordError.NOT_OWN, "volunteer", volunteer);
        }
    }

    private ServiceRecord load(ServiceRecordId id) {
        return records.find(id).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "service record", "id", id));
    }

    private static int minutes(Instant start, Instant end) {
        return Math.toIntExact(Duration.between(start, end).toMinutes());
    }
}
