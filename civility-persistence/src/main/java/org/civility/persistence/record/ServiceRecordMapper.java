package org.civility.persistence.record;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.civility.core.organisation.UnitId;
import org.civility.core.record.RecordFlag;
import org.civility.core.record.RecordSource;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.volunteer.VolunteerId;

/** Maps entries to rows and back, hash as stored (never recomputed here). */
final class ServiceRecordMapper {

    private ServiceRecordMapper() {
    }

    static ServiceRecord toDomain(ServiceRecordEntity e) {
        EnumSet<RecordFlag> flags = EnumSet.noneOf(RecordFlag.class);
        Arrays.stream(e.flags.split(",")).filter(s -> !s.isBlank()).map(RecordFlag::valueOf).forEach(flags::add);
        return ServiceRecord.restore(ServiceRecordId.of(e.id), UnitId.of(e.unitId), e.sequence,
                VolunteerId.of(e.volunteerId), Optional.ofNullable(e.activityId).map(UUID::fromString),
                e.description, e.place, Optional.ofNullable(e.location), e.startAt, Optional.ofNullable(e.endAt),
                Optional.ofNullable(e.scheduledEnd), e.minutes, RecordSource.valueOf(e.source), flags, e.recordedBy,
                e.recordedAt, Optional.ofNullable(e.correctsId).map(ServiceRecordId::of), e.previousHash, e.hash);
    }

    static void copy(ServiceRecord r, ServiceRecordEntity e) {
        e.unitId = r.unit().toString();
        e.sequence = r.sequence();
        e.volunteerId = r.volunteer().toString();
        e.activityId = r.activity().map(UUID::toString).orElse(null);
        e.description = r.description();
        e.place = r.where();
        e.location = r.location().orElse(null);
        e.startAt = r.start();
        e.endAt = r.end().orElse(null);
        e.scheduledEnd = r.scheduledEnd().orElse(null);
        e.minutes = r.minutes();
        e.source = r.source().name();
        e.flags = r.flags().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        e.recordedBy = r.recordedBy();
        e.recordedAt = r.recordedAt();
        e.correctsId = r.corrects().map(ServiceRecordId::toString).orElse(null);
        e.previousHash = r.previousHash();
        e.hash = r.hash();
    }
}
