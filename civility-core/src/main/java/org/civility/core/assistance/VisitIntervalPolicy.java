package org.civility.core.assistance;

import org.civility.core.governance.PolicySettings;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * R-HELP-1: a pairing records a visit schedule, and a locality bounds how far apart visits may be:
 * the interval must not exceed {@link AssistanceSettings#MAX_VISIT_INTERVAL_DAYS} at the recipient's
 * unit (default 30 days; a lower tier may only lower it). Rejects with
 * {@link AssistanceError#VISIT_INTERVAL_TOO_LONG}.
 */
public final class VisitIntervalPolicy implements Policy<ProposedSchedule> {

    public static final String RULE = "R-HELP-1";

    private final PolicySettings settings;

    public VisitIntervalPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public Decision evaluate(ProposedSchedule schedule) {
        int max = settings.effective(AssistanceSettings.MAX_VISIT_INTERVAL_DAYS, schedule.unit());
        if (schedule.visitIntervalDays() > max) {
            return Decision.rejected(AssistanceError.VISIT_INTERVAL_TOO_LONG,
                    "intervalDays", schedule.visitIntervalDays(), "maxDays", max);
        }
        return Decision.allowed();
    }
}
