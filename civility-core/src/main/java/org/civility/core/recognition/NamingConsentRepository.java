package org.civility.core.recognition;

import java.util.Optional;
import org.civility.core.volunteer.VolunteerId;

/** Where volunteers' answers about public naming are kept: one per volunteer, the latest replaces the earlier. */
public interface NamingConsentRepository {

    Optional<NamingConsent> find(VolunteerId volunteer);

    /** Inserts or replaces the volunteer's answer. */
    void store(NamingConsent consent);
}
