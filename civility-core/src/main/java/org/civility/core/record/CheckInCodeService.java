package org.civility.core.record;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * Check-in codes (签到码): {@link Permission#MANAGE_ACTIVITIES} opens a code for an activity at a unit; a signed-in
 * volunteer checks in and out with its digits (typed) or its link token (from the QR code's link), which opens and
 * closes a service record session through {@link ServiceRecordService} (so R-REC-1 and RECORD-LOCATION-CONSENT hold
 * as for any check-in).
 *
 * <ul>
 *   <li>The digits come from a {@link CheckInCodeSource}; digits held by a code still open are drawn again, up to
 *       {@link #ATTEMPTS} times (RECORD-CODE-TAKEN after that).</li>
 *   <li>Check-ins from {@link RecordSettings#CHECK_IN_OPENS_MINUTES_BEFORE} before the start to the scheduled end;
 *       check-outs until {@link RecordSettings#CHECK_OUT_GRACE_MINUTES} after it (both settings of the unit when the
 *       code is opened).</li>
 *   <li>One check-in per volunteer and code (RECORD-CODE-ALREADY-USED), even after checking out.</li>
 *   <li>R-ACC-2: wrong codes (RECORD-CODE-UNKNOWN) are counted per account by a {@link WrongCodeThrottlePolicy};
 *       too many refuse the account's check-ins and check-outs for a while (RECORD-CODE-THROTTLED).</li>
 * </ul>
 */
public final class CheckInCodeService {

    /** How many digit draws {@link #open} tries before giving up. */
    public static final int ATTEMPTS = 20;

    private final CheckInCodeRepository codes;
    private final ServiceRecordService records;
    private final AccessControl access;
    private final PolicySettings settings;
    private final Clock clock;
    private final IdSource ids;
    private final CheckInCodeSource digits;
    private final EventPublisher events;
    private final WrongCodeThrottlePolicy throttle;

    /**
     * @param throttle shared by every instance of the service in a process (or cluster): it holds the counts of
     *                 wrong codes, so a service built per request must not get a fresh one each time
     */
    public CheckInCodeService(CheckInCodeRepository codes, ServiceRecordService records, AccessControl access,
            PolicySettings settings, Clock clock, IdSource ids, CheckInCodeSource digits, EventPublisher events,
            WrongCodeThrottlePolicy throttle) {
        this.codes = requireNonNull(codes, "codes");
        this.records = requireNonNull(records, "records");
        this.access = requireNonNull(access, "access");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.digits = requireNonNull(digits, "digits");
        this.events = requireNonNull(events, "events");
        this.throttle = requireNonNull(throttle, "throttle");
    }

    /**
     * Opens a code. Needs {@link Permission#MANAGE_ACTIVITIES} at the unit.
     *
     * @throws CivilityException ACCESS-DENIED; RECORD-ENTRY-INVALID (schedule not positive, longer than
     *                           {@link CheckInCode#MAX_SCHEDULE} or already over; blank description);
     *                           RECORD-CODE-TAKEN if no free digits were drawn
     */
    public CheckInCode open(Actor actor, OpenCheckInCode command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_ACTIVITIES, command.unit());
        Instant now = clock.instant();
        Duration opensBefore = minutes(settings.effective(RecordSettings.CHECK_IN_OPENS_MINUTES_BEFORE,
                command.unit()));
        Duration grace = minutes(settings.effective(RecordSettings.CHECK_OUT_GRACE_MINUTES, command.unit()));
        String linkToken = digits.nextLinkToken();
        if (!CheckInCode.isWellFormedLinkToken(linkToken)) {
            throw new IllegalStateException("the check-in code source gave no well-formed link token");
        }
        String candidate = "";
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            candidate = digits.nextCode();
            if (!CheckInCode.isWellFormed(candidate)) {
                throw new IllegalStateException("the check-in code source gave no six digits");
            }
            Optional<CheckInCode> latest = codes.latestWithCode(candidate);
            if (latest.map(c -> !c.isOpenAt(now)).orElse(true)) {
                CheckInCode code = CheckInCode.open(new CheckInCodeId(ids.nextId()), command.unit(),
                        command.activity(), command.description(), command.where(), command.scheduledStart(),
                        command.scheduledEnd(), opensBefore, grace, candidate, linkToken,
                        latest.map(CheckInCode::issue).orElse(0L) + 1, actor.name(), now);
                CheckInCode stored = codes.store(code);
                events.publish(new CheckInCodeOpened(stored.id(), stored.unit(), stored.scheduledStart(),
                        stored.scheduledEnd(), actor.name(), now));
                return stored;
            }
        }
        throw CivilityException.of(RecordError.CODE_TAKEN, "code", candidate);
    }

    /**
     * One code, digits included. Needs {@link Permission#MANAGE_ACTIVITIES} at its unit: whoever sees the digits
     * can check in without being on site.
     *
     * @throws CivilityException NOT-FOUND, ACCESS-DENIED
     */
    public CheckInCode get(Actor actor, CheckInCodeId id) {
        CheckInCode code = load(id);
        access.require(actor, Permission.MANAGE_ACTIVITIES, code.unit());
        return code;
    }

    /** Who checked in with a code, by time; same access as {@link #get}. */
    public List<CodeCheckIn> checkIns(Actor actor, CheckInCodeId id) {
        get(actor, id);
        return codes.checkIns(id);
    }

    /**
     * The signed-in volunteer checks in with a code's digits or link token: opens a session for the code's activity
     * and schedule. A code that is unknown, not yet or no longer taking check-ins, or at a unit where the volunteer
     * may not sign up gets one answer, RECORD-CODE-UNKNOWN without arguments, so that trying codes tells nobody which
     * exist. A volunteer who checked in with the code already learns so.
     *
     * @throws CivilityException RECORD-CODE-THROTTLED (R-ACC-2), RECORD-NO-VOLUNTEER, RECORD-CODE-UNKNOWN,
     *                           RECORD-CODE-ALREADY-USED, R-REC-1, RECORD-LOCATION-CONSENT
     */
    public ServiceRecord checkIn(Actor actor, CheckInWithCode command) {
        requireNonNull(command, "command");
        return throttled(actor, () -> checkInNow(actor, command));
    }

    private ServiceRecord checkInNow(Actor actor, CheckInWithCode command) {
        VolunteerId volunteer = volunteerOf(actor);
        CheckInCode code = byDigitsOrLinkToken(command.code());
        codes.checkInOf(code.id(), volunteer).ifPresent(used -> {
            throw CivilityException.of(RecordError.CODE_ALREADY_USED, "code", code.code(), "volunteer", volunteer,
                    "session", used.session());
        });
        Instant now = ServiceRecord.truncate(clock.instant());
        if (!code.takesCheckInsAt(now) || !access.permits(actor, Permission.SIGN_UP, code.unit())) {
            throw unknownCode();
        }
        ServiceRecord session = records.checkIn(actor, new CheckIn(volunteer, code.unit(), code.activity(),
                code.description(), code.where(), code.scheduledStart(), code.scheduledEnd(), now,
                command.location(), command.locationConsent()));
        codes.recordCheckIn(new CodeCheckIn(code.id(), volunteer, session.id(), now));
        return session;
    }

    /**
     * The signed-in volunteer checks out with the code they checked in with (its digits or its link token): closes
     * that session now. A volunteer who never checked in with the code gets the answer of an unknown code.
     *
     * @throws CivilityException RECORD-CODE-THROTTLED (R-ACC-2), RECORD-NO-VOLUNTEER, RECORD-CODE-UNKNOWN,
     *                           RECORD-CODE-EXPIRED (after the grace), RECORD-ALREADY-CORRECTED (checked out already,
     *                           or closed as forgotten), R-REC-1
     */
    public ServiceRecord checkOut(Actor actor, CheckOutWithCode command) {
        requireNonNull(command, "command");
        return throttled(actor, () -> checkOutNow(actor, command));
    }

    private ServiceRecord checkOutNow(Actor actor, CheckOutWithCode command) {
        VolunteerId volunteer = volunteerOf(actor);
        CheckInCode code = byDigitsOrLinkToken(command.code());
        CodeCheckIn used = codes.checkInOf(code.id(), volunteer).orElseThrow(CheckInCodeService::unknownCode);
        Instant now = clock.instant();
        code.requireCheckOutAt(now);
        return records.checkOut(actor, new CheckOut(used.session(), now));
    }

    /**
     * Runs an attempt with a code under R-ACC-2: refused while the account is throttled; counted as a wrong code if it
     * ends in RECORD-CODE-UNKNOWN, and not counted however else it ends.
     */
    private ServiceRecord throttled(Actor actor, Supplier<ServiceRecord> attemptWithCode) {
        WrongCodeThrottlePolicy.Attempt attempt = throttle.attempt(actor.name());
        boolean wrongCode = false;
        try {
            return attemptWithCode.get();
        } catch (CivilityException e) {
            wrongCode = e.errorCode() == RecordError.CODE_UNKNOWN;
            throw e;
        } finally {
            if (!wrongCode) {
                attempt.notWrong();
            }
        }
    }

    /** The latest code with these six digits, or the code with this link token. */
    private CheckInCode byDigitsOrLinkToken(String digitsOrToken) {
        String text = digitsOrToken.strip();
        Optional<CheckInCode> code = CheckInCode.isWellFormed(text) ? codes.latestWithCode(text)
                : CheckInCode.isWellFormedLinkToken(text) ? codes.findByLinkToken(text)
                : Optional.empty();
        return code.orElseThrow(CheckInCodeService::unknownCode);
    }

    /** The one answer for every code a volunteer may not use: no arguments, so that it tells nothing. */
    private static CivilityException unknownCode() {
        return CivilityException.of(RecordError.CODE_UNKNOWN);
    }

    private static VolunteerId volunteerOf(Actor actor) {
        return new VolunteerId(actor.volunteerId().orElseThrow(() ->
                CivilityException.of(RecordError.NO_VOLUNTEER, "actor", actor.name())));
    }

    private CheckInCode load(CheckInCodeId id) {
        requireNonNull(id, "id");
        return codes.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "check-in code", "id", id));
    }

    private static Duration minutes(int value) {
        return Duration.ofMinutes(Math.max(0, value));
    }
}
