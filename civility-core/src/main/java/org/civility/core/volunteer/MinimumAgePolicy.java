package org.civility.core.volunteer;

import org.civility.core.governance.PolicySettings;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * Nobody younger than {@link VolunteerSettings#MINIMUM_AGE} (effective at the home unit) may
 * register: minors serve only in tasks fit for their age (DOMAIN §3, §6a). Rejects with
 * {@code VOLUNTEER-TOO-YOUNG} (args: age, minimumAge).
 */
public final class MinimumAgePolicy implements Policy<Applicant> {

    public static final String RULE = "VOLUNTEER-TOO-YOUNG";

    private final PolicySettings settings;

    public MinimumAgePolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public Decision evaluate(Applicant applicant) {
        int minimumAge = settings.effective(VolunteerSettings.MINIMUM_AGE, applicant.homeUnit());
        if (applicant.age() < minimumAge) {
            return Decision.rejected(VolunteerError.TOO_YOUNG, "age", applicant.age(), "minimumAge", minimumAge);
        }
        return Decision.allowed();
    }
}
