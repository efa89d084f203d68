package org.civility.core.appraisal;

import java.time.Instant;
import java.util.Optional;

/**
 * An objection raised against a shortlisted nomination during public notice. While OPEN it suspends
 * the nomination's award; once resolved it carries who resolved it, when, and why.
 */
public record Objection(ObjectionId id, NominationId nomination, String raisedBy, String reason, Instant raisedAt,
                        ObjectionStatus status, Optional<String> resolvedBy, Optional<String> resolution,
                        Optional<Instant> resolvedAt) {

    public Objection {
        Checks.required(id, "id");
        Checks.required(nomination, "nomination");
        raisedBy = Checks.required(raisedBy, "raisedBy");
        reason = Checks.required(reason, "reason");
        Checks.required(raisedAt, "raisedAt");
        Checks.required(status, "status");
        resolvedBy = Checks.optional(resolvedBy, "resolvedBy");
        resolution = Checks.optional(resolution, "resolution");
        Checks.required(resolvedAt, "resolvedAt");
        boolean open = status == ObjectionStatus.OPEN;
        if (open != resolvedBy.isEmpty() || open != resolvedAt.isEmpty()) {
            throw org.civility.core.shared.CivilityException.of(AppraisalError.STATE_INVALID, "what", "objection", "id", id,
                    "reason", "resolved exactly when not OPEN");
        }
    }

    public static Objection raise(ObjectionId id, NominationId nomination, String raisedBy, String reason, Instant at) {
        return new Objection(id, nomination, raisedBy, reason, at, ObjectionStatus.OPEN, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public boolean open() {
        return status == ObjectionStatus.OPEN;
    }

    Objection resolve(boolean upheld, String by, String note, Instant at) {
        return new Objection(id, nomination, raisedBy, reason, raisedAt,
                upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED, Optional.of(by),
                Optional.ofNullable(note), Optional.of(at));
    }
}
