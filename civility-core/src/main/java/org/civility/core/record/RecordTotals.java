package org.civility.core.record;

import java.util.EnumMap;
import java.util.Map;

import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * A volunteer's credited minutes by where they come from (DOMAIN §6a: self-recorded and administrator-entered time
 * apart). Counts effective entries only: an entry corrected by another counts no more, and an open session credits
 * nothing until closed.
 *
 * @param minutes every {@link RecordSource}, zero where none
 */
public record RecordTotals(VolunteerId volunteer, Map<RecordSource, Long> minutes, int entries, int openSessions,
        int toReview) {

    public RecordTotals {
        requireNonNull(volunteer, "volunteer");
        EnumMap<RecordSource, Long> all = new EnumMap<>(RecordSource.class);
        for (RecordSource source : RecordSource.values()) {
            all.put(source, requireNonNull(minutes, "minutes").getOrDefault(source, 0L));
        }
        minutes = Map.copyOf(all);
    }

    /** The minutes of one source. */
    public long minutesOf(RecordSource source) {
        return minutes.get(source);
    }

    /** All credited minutes. */
    public long totalMinutes() {
        return minutes.values().stream().mapToLong(Long::longValue).sum();
    }
}
