package org.civility.core.record;

import java.time.Instant;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;
import org.civility.core.volunteer.VolunteerId;

/** An entry was appended to a unit's record chain. */
public record ServiceRecorded(ServiceRecordId id, UnitId unit, long sequence, VolunteerId volunteer,
        RecordSource source, int minutes, Instant occurredAt) implements DomainEvent {
}
