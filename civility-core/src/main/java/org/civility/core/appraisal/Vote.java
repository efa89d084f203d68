package org.civility.core.appraisal;

import java.time.Instant;

/**
 * A household's one vote in a campaign (R-APPR-1), cast by a registered voting member.
 *
 * @param voter the account name of the member who cast it
 */
public record Vote(HouseholdId household, NominationId nomination, String voter, Instant castAt) {

    public Vote {
        Checks.required(household, "household");
        Checks.required(nomination, "nomination");
        voter = Checks.required(voter, "voter");
        Checks.required(castAt, "castAt");
    }
}
