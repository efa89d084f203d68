package org.civility.core.appraisal;

import java.time.Instant;
import java.util.Optional;

/**
 * A nominee in a campaign. Immutable: the campaign replaces it as its status changes.
 *
 * @param stars the star level reached when voting closed (star-rated campaigns, shortlisted only)
 */
public record Nomination(NominationId id, Nominee nominee, String reason, String nominatedBy, Instant nominatedAt,
                         NominationStatus status, Optional<Integer> stars) {

    public Nomination {
        Checks.required(id, "id");
        Checks.required(nominee, "nominee");
        reason = Checks.required(reason, "reason");
        nominatedBy = Checks.required(nominatedBy, "nominatedBy");
        Checks.required(nominatedAt, "nominatedAt");
        Checks.required(status, "status");
        Checks.required(stars, "stars");
    }

    Nomination with(NominationStatus newStatus) {
        return new Nomination(id, nominee, reason, nominatedBy, nominatedAt, newStatus, stars);
    }

    Nomination with(NominationStatus newStatus, Optional<Integer> newStars) {
        return new Nomination(id, nominee, reason, nominatedBy, nominatedAt, newStatus, newStars);
    }
}
