package org.civility.core.activity;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A participant's sign-up. Whether it is confirmed or waitlisted follows from its place in the
 * activity's sign-up order (see {@link Activity#statusOf}), so it is not stored here.
 */
public record SignUp(Participant participant, Instant signedUpAt) {

    public SignUp {
        requireNonNull(participant, "participant");
        requireNonNull(signedUpAt, "signedUpAt");
    }
}
