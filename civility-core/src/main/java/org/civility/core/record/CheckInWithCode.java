package org.civility.core.record;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The signed-in volunteer checks in with a code's six digits or the link token of its QR code. A {@code location}
 * is accepted only with {@code locationConsent} (RECORD-LOCATION-CONSENT): the code alone is always enough.
 */
public record CheckInWithCode(String code, Optional<String> location, boolean locationConsent) {

    public CheckInWithCode {
        requireNonNull(code, "code");
        requireNonNull(location, "location");
    }
}
