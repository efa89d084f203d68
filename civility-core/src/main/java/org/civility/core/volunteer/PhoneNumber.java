package org.civility.core.volunteer;

import org.civility.core.shared.CivilityException;

import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A mainland mobile number: 11 digits starting with 1. {@link #toString()} is the masked form
 * ({@code 138****5678}); the full number is {@link #value()}.
 *
 * @param value 11 digits, never null
 * @throws CivilityException {@code VOLUNTEER-PHONE-FORMAT}
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[0-9]{10}");

    public PhoneNumber {
        requireNonNull(value, "value");
        value = value.strip();
        if (!MOBILE.matcher(value).matches()) {
            throw CivilityException.of(VolunteerError.PHONE_FORMAT, "value", value.length() == 11 ? mask(value) : "*".repeat(value.length()));
        }
    }

    public static PhoneNumber of(String value) {
        return new PhoneNumber(value);
    }

    /** The first 3 and last 4 digits with 4 {@code *} between: {@code 138****5678}. */
    public String masked() {
        return mask(value);
    }

    /** The masked form: the full number must never reach a log. */
    @Override
    public String toString() {
        return masked();
    }

    private static String mask(String value) {
        return value.substring(0, 3) + "****" + value.substring(7);
    }
}
