package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/**
 * Command: a service record entry {@code recordId} now stands for {@code minutes} of service, replacing the
 * earlier entries {@code replaces} it corrects (directly or through them; empty for a first entry). Only the
 * difference to what was credited for {@code replaces} is credited (or, when smaller, withdrawn), so a
 * check-out that closes a check-in, or an administrator's correction, never counts time twice. The record id
 * makes it idempotent.
 *
 * @param unit     the unit that recorded the service (access and settings are checked there)
 * @param source   where the entry's time comes from; a positive difference earns points as this source does
 * @param replaces the ids of every earlier entry of the correction chain, in any order
 * @param at       when the entry was recorded (the ledger is ordered by it and a year's hours are counted by it)
 */
public record HoursRecorded(VolunteerId volunteer, UnitId unit, long minutes, HoursSource source, UUID recordId,
                            List<UUID> replaces, Instant at) {

    public HoursRecorded {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(unit, "unit");
        requireNonNull(source, "source");
        requireNonNull(recordId, "recordId");
        replaces = List.copyOf(requireNonNull(replaces, "replaces"));
        requireNonNull(at, "at");
    }
}
