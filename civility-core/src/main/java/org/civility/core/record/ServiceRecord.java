package org.civility.core.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * One append-only entry of the service record of a volunteer (DOMAIN §6, §6a).
 *
 * <p>Lifecycle: an entry is created once ({@link #chained}) and never changes; a correction is a new entry whose
 * {@link #corrects()} names the entry it replaces. An open check-in session is an entry without {@link #end()};
 * check-out and the closing of a forgotten session append a correcting entry.
 *
 * <p>Invariants: entries of one recording {@link #unit()} form one hash chain ordered by {@link #sequence()}
 * (1, 2, ...); {@link #previousHash()} is the {@link #hash()} of the entry before (or {@link #GENESIS}), and
 * {@link #hash()} is SHA-256 (hex) over {@link #canonicalText()}. {@link #restore} does NOT check the hash, so that a
 * tampered row can still be read and reported by {@link HashChainVerifier}.
 */
public final class ServiceRecord {

    /** The previous hash of the first entry of a chain. */
    public static final String GENESIS = "0".repeat(64);

    /** The entries of {@code entries} that no other entry among them corrects, in their order. */
    public static List<ServiceRecord> current(List<ServiceRecord> entries) {
        Set<ServiceRecordId> corrected = new HashSet<>();
        entries.forEach(e -> e.corrects().ifPresent(corrected::add));
        return entries.stream().filter(e -> !corrected.contains(e.id())).toList();
    }

    /** The precision of an entry's times: what H2, PostgreSQL and MariaDB all keep (TIMESTAMP(6), DATETIME(6)). */
    public static final ChronoUnit PRECISION = ChronoUnit.MICROS;

    private final ServiceRecordId id;
    private final UnitId unit;
    private final long sequence;
    private final VolunteerId volunteer;
    private final Optional<UUID> activity;
    private final String description;
    private final String where;
    private final Optional<String> location;
    private final Instant start;
    private final Optional<Instant> end;
    private final Optional<Instant> scheduledEnd;
    private final int minutes;
    private final RecordSource source;
    private final Set<RecordFlag> flags;
    private final String recordedBy;
    private final Instant recordedAt;
    private final Optional<ServiceRecordId> corrects;
    private final String previousHash;
    private final String hash;

    private ServiceRecord(ServiceRecordId id, UnitId unit, long sequence, VolunteerId volunteer,
            Optional<UUID> activity, String description, String where, Optional<String> location, Instant start,
            Optional<Instant> end, Optional<Instant> scheduledEnd, int minutes, RecordSource source,
            Set<RecordFlag> flags, String recordedBy, Instant recordedAt, Optional<ServiceRecordId> corrects,
            String previousHash, String hash) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.volunteer = requireNonNull(volunteer, "volunteer");
        this.activity = requireNonNull(activity, "activity");
        this.description = requireNonNull(description, "description");
        this.where = requireNonNull(where, "where");
        this.location = requireNonNull(location, "location");
        this.start = requireNonNull(start, "start");
        this.end = requireNonNull(end, "end");
        this.scheduledEnd = requireNonNull(scheduledEnd, "scheduledEnd");
        this.source = requireNonNull(source, "source");
        this.flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        this.recordedBy = requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = requireNonNull(recordedAt, "recordedAt");
        this.corrects = requireNonNull(corrects, "corrects");
        this.previousHash = requireNonNull(previousHash, "previousHash");
        this.hash = requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw invalid("sequence", sequence);
        }
        if (minutes < 0) {
            throw invalid("minutes", minutes);
        }
        if (end.isPresent() && end.get().isBefore(start)) {
            throw invalid("end", end.get());
        }
        if (description.isBlank()) {
            throw invalid("description", description);
        }
        this.sequence = sequence;
        this.minutes = minutes;
    }

    /**
     * A new entry appended after {@code previousHash} at {@code sequence} of the unit's chain; computes its hash.
     * Times are kept to the microsecond ({@link #PRECISION}), so that the hash covers exactly what a database stores.
     */
    public static ServiceRecord chained(ServiceRecordId id, UnitId unit, long sequence, String previousHash,
            VolunteerId volunteer, Optional<UUID> activity, String description, String where,
            Optional<String> location, Instant start, Optional<Instant> end, Optional<Instant> scheduledEnd,
            int minutes, RecordSource source, Set<RecordFlag> flags, String recordedBy, Instant recordedAt,
            Optional<ServiceRecordId> corrects) {
        start = truncate(requireNonNull(start, "start"));
        end = requireNonNull(end, "end").map(ServiceRecord::truncate);
        scheduledEnd = requireNonNull(scheduledEnd, "scheduledEnd").map(ServiceRecord::truncate);
        recordedAt = truncate(requireNonNull(recordedAt, "recordedAt"));
        ServiceRecord draft = new ServiceRecord(id, unit, sequence, volunteer, activity, description, where, location,
                start, end, scheduledEnd, minutes, source, flags, recordedBy, recordedAt, corrects, previousHash,
                GENESIS);
        return new ServiceRecord(id, unit, sequence, volunteer, activity, description, where, location, start, end,
                scheduledEnd, minutes, source, flags, recordedBy, recordedAt, corrects, previousHash,
                draft.computeHash());
    }

    /** Rebuilds a stored entry as it is, hash included (not re-checked: that is {@link HashChainVerifier}'s job). */
    public static ServiceRecord restore(ServiceRecordId id, UnitId unit, long sequence, VolunteerId volunteer,
            Optional<UUID> activity, String description, String where, Optional<String> location, Instant start,
            Optional<Instant> end, Optional<Instant> scheduledEnd, int minutes, RecordSource source,
            Set<RecordFlag> flags, String recordedBy, Instant recordedAt, Optional<ServiceRecordId> corrects,
            String previousHash, String hash) {
        return new ServiceRecord(id, unit, sequence, volunteer, activity, description, where, location, start, end,
                scheduledEnd, minutes, source, flags, recordedBy, recordedAt, corrects, previousHash, hash);
    }

    /** The text the hash is computed over: every field, one {@code name=value} per line, escaped; then the previous hash. */
    public String canonicalText() {
        StringBuilder b = new StringBuilder("civility-service-record-v1\n");
        line(b, "id", id);
        line(b, "unit", unit);
        line(b, "sequence", sequence);
        line(b, "volunteer", volunteer);
        line(b, "activity", activity.map(UUID::toString).orElse(""));
        line(b, "description", description);
        line(b, "where", where);
        line(b, "location", location.orElse(""));
        line(b, "start", start);
        line(b, "end", end.map(Instant::toString).orElse(""));
        line(b, "scheduledEnd", scheduledEnd.map(Instant::toString).orElse(""));
        line(b, "minutes", minutes);
        line(b, "source", source);
        line(b, "flags", String.join(",", EnumSet.copyOf(flagsOrNone()).stream().map(Enum::name).toList()));
        line(b, "recordedBy", recordedBy);
        line(b, "recordedAt", recordedAt);
        line(b, "corrects", corrects.map(ServiceRecordId::toString).orElse(""));
        line(b, "previousHash", previousHash);
        return b.toString();
    }

    /** SHA-256 (lower-case hex) of {@link #canonicalText()}. */
    public String computeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    /**
     * This entry as shown to someone who does not keep the unit's records: without the hashes, and without the
     * check-in location unless {@code keepLocation} (the volunteer themself). A location has few enough values to be
     * found again from a hash, and an entry's previous hash is the hash of the entry before it (someone else's), so
     * neither hash is shown. A copy for showing only: it does not verify.
     */
    public ServiceRecord redacted(boolean keepLocation) {
        return new ServiceRecord(id, unit, sequence, volunteer, activity, description, where,
                keepLocation ? location : Optional.empty(), start, end, scheduledEnd, minutes, source, flags,
                recordedBy, recordedAt, corrects, "", "");
    }

    /** Whether the entry is an open check-in session (no end yet). */
    public boolean isOpen() {
        return end.isEmpty();
    }

    /** Whether this entry's time span overlaps [from, to); an open entry lasts until its scheduled end, or forever. */
    public boolean overlaps(Instant from, Instant to) {
        Optional<Instant> until = end.or(() -> scheduledEnd);
        return start.isBefore(to) && until.map(u -> u.isAfter(from)).orElse(true);
    }

    /** {@code instant} to {@link #PRECISION}. */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(PRECISION);
    }

    private EnumSet<RecordFlag> flagsOrNone() {
        return flags.isEmpty() ? EnumSet.noneOf(RecordFlag.class) : EnumSet.copyOf(flags);
    }

    private static void line(StringBuilder b, String name, Object value) {
        String text = String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        b.append(name).append('=').append(text).append('\n');
    }

    private static CivilityException invalid(String field, Object value) {
        return CivilityException.of(RecordError.ENTRY_INVALID, "field", field, "value", value);
    }

    public ServiceRecordId id() { return id; }
    public UnitId unit() { return unit; }
    public long sequence() { return sequence; }
    public VolunteerId volunteer() { return volunteer; }
    public Optional<UUID> activity() { return activity; }
    public String description() { return description; }
    public String where() { return where; }
    public Optional<String> location() { return location; }
    public Instant start() { return start; }
    public Optional<Instant> end() { return end; }
    public Optional<Instant> scheduledEnd() { return scheduledEnd; }
    public int minutes() { return minutes; }
    public RecordSource source() { return source; }
    public Set<RecordFlag> flags() { return flags; }
    public String recordedBy() { return recordedBy; }
    public Instant recordedAt() { return recordedAt; }
    public Optional<ServiceRecordId> corrects() { return corrects; }
    public String previousHash() { return previousHash; }
    public String hash() { return hash; }

    @Override
    public String toString() {
        return "ServiceRecord[" + id + ", " + unit + "#" + sequence + "]";
    }
}
