package org.civility.persistence.record;

import java.util.Optional;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.record.CheckInCode;
import org.civility.core.record.CheckInCodeId;
import org.civility.core.record.CodeCheckIn;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.volunteer.VolunteerId;

/** Maps check-in codes and their check-ins to rows and back. */
final class CheckInCodeMapper {

    private CheckInCodeMapper() {
    }

    static CheckInCode toDomain(CheckInCodeEntity e) {
        return CheckInCode.restore(CheckInCodeId.of(e.id), UnitId.of(e.unitId),
                Optional.ofNullable(e.activityId).map(UUID::fromString), e.description, e.place, e.scheduledStart,
                e.scheduledEnd, e.checkInFrom, e.checkOutUntil, e.digits, e.linkToken, e.issue, e.openedBy, e.openedAt,
                e.version);
    }

    static void copy(CheckInCode c, CheckInCodeEntity e) {
        e.unitId = c.unit().toString();
        e.activityId = c.activity().map(UUID::toString).orElse(null);
        e.description = c.description();
        e.place = c.where();
        e.scheduledStart = c.scheduledStart();
        e.scheduledEnd = c.scheduledEnd();
        e.checkInFrom = c.checkInFrom();
        e.checkOutUntil = c.checkOutUntil();
        e.digits = c.code();
        e.linkToken = c.linkToken();
        e.issue = c.issue();
        e.openedBy = c.openedBy();
        e.openedAt = c.openedAt();
    }

    static CodeCheckIn toDomain(CodeCheckInEntity e) {
        return new CodeCheckIn(CheckInCodeId.of(e.codeId), VolunteerId.of(e.volunteerId),
                ServiceRecordId.of(e.sessionId), e.checkedInAt);
    }

    static CodeCheckInEntity toEntity(CodeCheckIn c) {
        CodeCheckInEntity e = new CodeCheckInEntity(c.code().toString(), c.volunteer().toString());
        e.sessionId = c.session().toString();
        e.checkedInAt = c.at();
        return e;
    }
}
