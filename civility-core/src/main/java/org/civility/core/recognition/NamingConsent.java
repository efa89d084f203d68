package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.civility.core.volunteer.VolunteerId;

/**
 * A volunteer's answer to whether they may be named in public lists such as the yearly commendation
 * (DOMAIN §6a: volunteers' details are not published without consent). Without an answer nobody is named.
 *
 * @param consented true if the volunteer agrees to be named
 * @param at        when the volunteer answered (the latest answer counts)
 */
public record NamingConsent(VolunteerId volunteer, boolean consented, Instant at) {

    public NamingConsent {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(at, "at");
    }
}
