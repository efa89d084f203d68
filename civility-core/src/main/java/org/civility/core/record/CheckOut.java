package org.civility.core.record;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/** The volunteer closes the open session {@code session} at {@code at}. */
public record CheckOut(ServiceRecordId session, Instant at) {

    public CheckOut {
        requireNonNull(session, "session");
        requireNonNull(at, "at");
    }
}
