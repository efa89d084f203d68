package org.civility.core.volunteer;

import org.civility.core.organisation.UnitId;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the age policies look at: a person about to register (or registered) at a home unit.
 *
 * @param homeUnit        where the settings are read
 * @param age             completed years on the service's today
 * @param guardianConsent the guardian's consent, if given
 */
public record Applicant(UnitId homeUnit, int age, Optional<GuardianConsent> guardianConsent) {

    public Applicant {
        requireNonNull(homeUnit, "homeUnit");
        requireNonNull(guardianConsent, "guardianConsent");
    }
}
