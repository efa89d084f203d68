package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

/**
 * One immutable line of a volunteer's points ledger. {@code points} is never negative: a CREDIT adds
 * it to the balance, a REDEMPTION, EXPIRY or CORRECTION subtracts it. A CREDIT carries the credited minutes,
 * the hours source and the service record id; a CORRECTION carries the withdrawn minutes, the source and
 * the id of the correcting service record; a REDEMPTION carries the request id and the goods.
 *
 * @param minutes credited (CREDIT) or withdrawn (CORRECTION) service minutes, 0 otherwise; they count
 *                toward star levels, see {@link #signedMinutes()}
 */
public record PointsEntry(PointsEntryId id, VolunteerId volunteer, UnitId unit, EntryKind kind, long points,
                          long minutes, HoursSource source, UUID recordId, String requestId, String goods,
                          Instant at) {

    public static final int MAX_GOODS = 200;
    public static final int MAX_REQUEST_ID = 100;

    public PointsEntry {
        requireNonNull(id, "id");
        requireNonNull(volunteer, "volunteer");
        requireNonNull(unit, "unit");
        requireNonNull(kind, "kind");
        requireNonNull(at, "at");
        check(points >= 0, "points", points);
        check(minutes >= 0, "minutes", minutes);
        switch (kind) {
            case CREDIT -> {
                requireNonNull(source, "source");
                requireNonNull(recordId, "recordId");
                check(requestId == null && goods == null, "requestId", requestId);
            }
            case REDEMPTION -> {
                check(requestId != null && !requestId.isBlank() && requestId.length() <= MAX_REQUEST_ID,
                        "requestId", requestId);
                check(goods != null && !goods.isBlank() && goods.length() <= MAX_GOODS, "goods", goods);
                check(points > 0, "points", points);
                check(source == null && recordId == null && minutes == 0, "recordId", recordId);
            }
            case CORRECTION -> {
                requireNonNull(source, "source");
                requireNonNull(recordId, "recordId");
                check(requestId == null && goods == null, "requestId", requestId);
            }
            case EXPIRY -> check(source == null && recordId == null && requestId == null && goods == null
                    && minutes == 0, "kind", kind);
        }
    }

    public static PointsEntry credit(PointsEntryId id, VolunteerId volunteer, UnitId unit, long points, long minutes,
                                     HoursSource source, UUID recordId, Instant at) {
        return new PointsEntry(id, volunteer, unit, EntryKind.CREDIT, points, minutes, source, recordId, null, null, at);
    }

    public static PointsEntry redemption(PointsEntryId id, VolunteerId volunteer, UnitId unit, long cost,
                                         String requestId, String goods, Instant at) {
        return new PointsEntry(id, volunteer, unit, EntryKind.REDEMPTION, cost, 0, null, null, requestId, goods, at);
    }

    public static PointsEntry expiry(PointsEntryId id, VolunteerId volunteer, UnitId unit, long points, Instant at) {
        return new PointsEntry(id, volunteer, unit, EntryKind.EXPIRY, points, 0, null, null, null, null, at);
    }

    /**
     * Withdraws minutes and points credited for a service record that {@code recordId} corrected downward.
     */
    public static PointsEntry correction(PointsEntryId id, VolunteerId volunteer, UnitId unit, long points,
                                         long minutes, HoursSource source, UUID recordId, Instant at) {
        return new PointsEntry(id, volunteer, unit, EntryKind.CORRECTION, points, minutes, source, recordId, null, null,
                at);
    }

    /** The entry's effect on total service minutes: +minutes for a credit, -minutes for a correction, else 0. */
    public long signedMinutes() {
        return kind == EntryKind.CORRECTION ? -minutes : minutes;
    }

    /** The entry's effect on the balance: +points for a credit, -points otherwise. */
    public long signedPoints() {
        return kind == EntryKind.CREDIT ? points : -points;
    }

    public Optional<HoursSource> sourceIfAny() {
        return Optional.ofNullable(source);
    }

    private static void check(boolean ok, String field, Object value) {
        if (!ok) {
            throw CivilityException.of(RecognitionError.INVALID_VALUE, "field", field, "value", String.valueOf(value));
        }
    }
}
