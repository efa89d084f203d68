package org.civility.core.volunteer;

import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/** What became of one command of {@link VolunteerService#registerAll}: registered, or refused with a coded reason. */
public sealed interface Registration {

    /** @param volunteer as stored */
    record Registered(Volunteer volunteer) implements Registration {

        public Registered {
            requireNonNull(volunteer, "volunteer");
        }
    }

    /** @param reason the rule it broke, as {@link VolunteerService#register} would have thrown it */
    record Refused(CivilityException reason) implements Registration {

        public Refused {
            requireNonNull(reason, "reason");
        }
    }
}
