package org.civility.core.record;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * A check-in code (签到码): six digits a station administrator opens for one activity at a unit, shown on site to
 * be typed, and a random {@link #linkToken() link token} its QR code carries, with either of which volunteers check
 * in and out themselves.
 *
 * <p>Lifecycle: {@link #open opened} for a schedule [scheduledStart, scheduledEnd); it takes check-ins from
 * {@link #checkInFrom()} (a setting before the start) until the scheduled end, and check-outs until
 * {@link #checkOutUntil()} (a grace after the end); after that it is closed and its digits may be issued again.
 * Who checked in with it is kept apart ({@link CodeCheckIn}), so that many volunteers scanning at once do not
 * contend for this aggregate.
 *
 * <p>Invariants: {@link #code()} is six decimal digits; {@link #linkToken()} is base64url text of
 * {@link #MIN_LINK_TOKEN_LENGTH} to {@link #MAX_LINK_TOKEN_LENGTH} characters, unique among all codes ever opened
 * (the digits are few enough to guess, the token is not); {@link #issue()} counts the codes ever opened with these
 * digits (1, 2, ...), so that two codes open at once with the same digits cannot both be stored; the schedule is
 * positive and at most {@link #MAX_SCHEDULE} long; checkInFrom &le; scheduledStart &lt; scheduledEnd &le;
 * checkOutUntil.
 */
public final class CheckInCode {

    /** The longest schedule a code may cover: an open session blocks the volunteer until its scheduled end. */
    public static final Duration MAX_SCHEDULE = Duration.ofHours(24);
    public static final int MAX_DESCRIPTION_LENGTH = 500;
    public static final int MAX_WHERE_LENGTH = 200;

    /** 22 base64url characters carry 128 bits, the least a link token may hold. */
    public static final int MIN_LINK_TOKEN_LENGTH = 22;
    public static final int MAX_LINK_TOKEN_LENGTH = 64;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{6}");
    private static final Pattern LINK_TOKEN = Pattern.compile(
            "[A-Za-z0-9_-]{" + MIN_LINK_TOKEN_LENGTH + "," + MAX_LINK_TOKEN_LENGTH + "}");

    private final CheckInCodeId id;
    private final UnitId unit;
    private final Optional<UUID> activity;
    private final String description;
    private final String where;
    private final Instant scheduledStart;
    private final Instant scheduledEnd;
    private final Instant checkInFrom;
    private final Instant checkOutUntil;
    private final String code;
    private final String linkToken;
    private final long issue;
    private final String openedBy;
    private final Instant openedAt;
    private final long version;

    private CheckInCode(CheckInCodeId id, UnitId unit, Optional<UUID> activity, String description, String where,
            Instant scheduledStart, Instant scheduledEnd, Instant checkInFrom, Instant checkOutUntil, String code,
            String linkToken, long issue, String openedBy, Instant openedAt, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.activity = requireNonNull(activity, "activity");
        this.description = requireNonNull(description, "description").strip();
        this.where = requireNonNull(where, "where").strip();
        this.scheduledStart = requireNonNull(scheduledStart, "scheduledStart");
        this.scheduledEnd = requireNonNull(scheduledEnd, "scheduledEnd");
        this.checkInFrom = requireNonNull(checkInFrom, "checkInFrom");
        this.checkOutUntil = requireNonNull(checkOutUntil, "checkOutUntil");
        this.code = requireNonNull(code, "code");
        this.linkToken = requireNonNull(linkToken, "linkToken");
        this.openedBy = requireNonNull(openedBy, "openedBy");
        this.openedAt = requireNonNull(openedAt, "openedAt");
        if (!isWellFormed(code)) {
            throw invalid("code", code);
        }
        if (!isWellFormedLinkToken(linkToken)) {
            throw invalid("linkToken", "(" + linkToken.length() + " characters)");
        }
        if (this.description.isEmpty() || this.description.length() > MAX_DESCRIPTION_LENGTH) {
            throw invalid("description", description);
        }
        if (this.where.length() > MAX_WHERE_LENGTH) {
            throw invalid("where", where);
        }
        if (!scheduledEnd.isAfter(scheduledStart)
                || Duration.between(scheduledStart, scheduledEnd).compareTo(MAX_SCHEDULE) > 0) {
            throw invalid("scheduledEnd", scheduledEnd);
        }
        if (checkInFrom.isAfter(scheduledStart)) {
            throw invalid("checkInFrom", checkInFrom);
        }
        if (checkOutUntil.isBefore(scheduledEnd)) {
            throw invalid("checkOutUntil", checkOutUntil);
        }
        if (issue < 1) {
            throw invalid("issue", issue);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.issue = issue;
        this.version = version;
    }

    /**
     * Opens a code at {@code openedAt}; check-ins are taken from {@code opensBefore} before the start, check-outs
     * until {@code checkOutGrace} after the end.
     *
     * @throws CivilityException RECORD-ENTRY-INVALID (malformed digits or link token, blank description, a schedule
     *                           that is not positive, longer than {@link #MAX_SCHEDULE} or already over at
     *                           {@code openedAt})
     */
    public static CheckInCode open(CheckInCodeId id, UnitId unit, Optional<UUID> activity, String description,
            String where, Instant scheduledStart, Instant scheduledEnd, Duration opensBefore, Duration checkOutGrace,
            String code, String linkToken, long issue, String openedBy, Instant openedAt) {
        requireNonNull(openedAt, "openedAt");
        if (!requireNonNull(scheduledEnd, "scheduledEnd").isAfter(openedAt)) {
            throw invalid("scheduledEnd", scheduledEnd);
        }
        if (opensBefore.isNegative() || checkOutGrace.isNegative()) {
            throw new IllegalArgumentException("windows must not be negative");
        }
        // Kept to the precision of service records, so that the sessions opened with the code carry the same times.
        Instant start = ServiceRecord.truncate(requireNonNull(scheduledStart, "scheduledStart"));
        Instant end = ServiceRecord.truncate(scheduledEnd);
        return new CheckInCode(id, unit, activity, description, where, start, end, start.minus(opensBefore),
                end.plus(checkOutGrace), code, linkToken, issue, openedBy, ServiceRecord.truncate(openedAt), 0);
    }

    /** Rebuilds a stored code, checking the invariants again. For persistence adapters. */
    public static CheckInCode restore(CheckInCodeId id, UnitId unit, Optional<UUID> activity, String description,
            String where, Instant scheduledStart, Instant scheduledEnd, Instant checkInFrom, Instant checkOutUntil,
            String code, String linkToken, long issue, String openedBy, Instant openedAt, long version) {
        return new CheckInCode(id, unit, activity, description, where, scheduledStart, scheduledEnd, checkInFrom,
                checkOutUntil, code, linkToken, issue, openedBy, openedAt, version);
    }

    /** Whether {@code text} has the shape of a code (six decimal digits). */
    public static boolean isWellFormed(String text) {
        return text != null && DIGITS.matcher(text).matches();
    }

    /** Whether {@code text} has the shape of a link token (base64url, 22 to 64 characters). */
    public static boolean isWellFormedLinkToken(String text) {
        return text != null && LINK_TOKEN.matcher(text).matches();
    }

    /** Whether the code takes check-ins at {@code at}: from {@link #checkInFrom()} until the scheduled end. */
    public boolean takesCheckInsAt(Instant at) {
        return !at.isBefore(checkInFrom) && at.isBefore(scheduledEnd);
    }

    /** @throws CivilityException RECORD-CODE-EXPIRED from {@link #checkOutUntil()} on */
    public void requireCheckOutAt(Instant at) {
        if (!at.isBefore(checkOutUntil)) {
            throw CivilityException.of(RecordError.CODE_EXPIRED, "code", code, "closedAt", checkOutUntil);
        }
    }

    /** Whether the code still takes check-ins or check-outs at {@code at}: its digits are held until then. */
    public boolean isOpenAt(Instant at) {
        return at.isBefore(checkOutUntil);
    }

    /** The scheduled length in whole minutes. */
    public int scheduledMinutes() {
        return Math.toIntExact(Duration.between(scheduledStart, scheduledEnd).toMinutes());
    }

    private static CivilityException invalid(String field, Object value) {
        return CivilityException.of(RecordError.ENTRY_INVALID, "field", field, "value", value);
    }

    public CheckInCodeId id() { return id; }
    public UnitId unit() { return unit; }
    public Optional<UUID> activity() { return activity; }
    public String description() { return description; }
    public String where() { return where; }
    public Instant scheduledStart() { return scheduledStart; }
    public Instant scheduledEnd() { return scheduledEnd; }
    /** The first instant check-ins are taken. */
    public Instant checkInFrom() { return checkInFrom; }
    /** The first instant check-outs are refused; the code is closed from then on. */
    public Instant checkOutUntil() { return checkOutUntil; }
    /** The six digits, to be typed. */
    public String code() { return code; }
    /** The random token the QR code's link carries: a key to a check-in like the digits, but not guessable. */
    public String linkToken() { return linkToken; }
    /** The how-many-th code with these digits (1, 2, ...). */
    public long issue() { return issue; }
    public String openedBy() { return openedBy; }
    public Instant openedAt() { return openedAt; }
    /** 0 if never stored. */
    public long version() { return version; }

    /** Never prints the digits or the link token: they are keys to a check-in. */
    @Override
    public String toString() {
        return "CheckInCode[" + id + ", " + unit + ", v" + version + "]";
    }
}
