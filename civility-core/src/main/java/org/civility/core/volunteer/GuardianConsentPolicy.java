package org.civility.core.volunteer;

import org.civility.core.governance.PolicySettings;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * Minors take part only with a guardian's consent (DOMAIN §3, §6a; 志愿服务条例 §15): a volunteer
 * younger than {@link VolunteerSettings#GUARDIAN_CONSENT_BELOW_AGE} (effective at the home unit)
 * needs a recorded {@link GuardianConsent}. Rejects with {@code VOLUNTEER-GUARDIAN-CONSENT}
 * (args: age, belowAge).
 */
public final class GuardianConsentPolicy implements Policy<Applicant> {

    public static final String RULE = "VOLUNTEER-GUARDIAN-CONSENT";

    private final PolicySettings settings;

    public GuardianConsentPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public Decision evaluate(Applicant applicant) {
        int belowAge = settings.effective(VolunteerSettings.GUARDIAN_CONSENT_BELOW_AGE, applicant.homeUnit());
        if (applicant.age() < belowAge && applicant.guardianConsent().isEmpty()) {
            return Decision.rejected(VolunteerError.GUARDIAN_CONSENT_MISSING, "age", applicant.age(), "belowAge", belowAge);
        }
        return Decision.allowed();
    }
}
