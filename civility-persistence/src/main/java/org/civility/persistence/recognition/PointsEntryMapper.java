package org.civility.persistence.recognition;

import java.util.UUID;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsEntryId;
import org.civility.core.volunteer.VolunteerId;

final class PointsEntryMapper {

    private PointsEntryMapper() {
    }

    static PointsEntry toDomain(PointsEntryEntity e) {
        return new PointsEntry(PointsEntryId.of(e.id), VolunteerId.of(e.volunteerId), UnitId.of(e.unitId), e.kind,
                e.points, e.minutes, e.source, e.recordId == null ? null : UUID.fromString(e.recordId), e.requestId,
                e.goods, e.at);
    }

    static void copy(PointsEntry x, PointsEntryEntity e) {
        e.volunteerId = x.volunteer().toString();
        e.unitId = x.unit().toString();
        e.kind = x.kind();
        e.points = x.points();
        e.minutes = x.minutes();
        e.source = x.source();
        e.recordId = x.recordId() == null ? null : x.recordId().toString();
        e.requestId = x.requestId();
        e.goods = x.goods();
        e.at = x.at();
    }
}
