package org.civility.core.record;

import java.time.Instant;

import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/** A volunteer checked in with a code at {@code at}, opening the service record session {@code session}. */
public record CodeCheckIn(CheckInCodeId code, VolunteerId volunteer, ServiceRecordId session, Instant at) {

    public CodeCheckIn {
        requireNonNull(code, "code");
        requireNonNull(volunteer, "volunteer");
        requireNonNull(session, "session");
        requireNonNull(at, "at");
    }
}
