package org.civility.core.notice;

import java.time.Instant;

import org.civility.core.volunteer.PhoneNumber;

import static java.util.Objects.requireNonNull;

/**
 * A one-time code for one person's phone (a resident signing up, DOMAIN §9), sent through
 * {@link Notifier#sendCode}. {@link #toString()} shows neither the code nor the full number.
 *
 * @param to        the phone that asked for the code
 * @param code      the digits to send, as the person types them
 * @param expiresAt when the code stops working
 */
public record OneTimeCodeMessage(PhoneNumber to, String code, Instant expiresAt) {

    public OneTimeCodeMessage {
        requireNonNull(to, "to");
        requireNonNull(code, "code");
        requireNonNull(expiresAt, "expiresAt");
    }

    /** Same for every attempt to send this code, for a gateway that drops duplicates. */
    public String idempotencyKey() {
        return "code:" + to.masked() + ":" + expiresAt.toEpochMilli();
    }

    @Override
    public String toString() {
        return "OneTimeCodeMessage[to=" + to.masked() + ", expiresAt=" + expiresAt + "]";
    }
}
