package org.civility.persistence.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.appraisal.ObjectionStatus;

import java.time.Instant;
import java.util.Objects;

/** An objection during public notice, as stored; the resolution columns are null while OPEN. */
@Embeddable
public class ObjectionEmbeddable {

    @Column(name = "objection_id", nullable = false, length = 36)
    String objectionId;

    @Column(name = "nomination_id", nullable = false, length = 36)
    String nominationId;

    @Column(name = "raised_by", nullable = false, length = 128)
    String raisedBy;

    @Column(name = "reason", nullable = false, length = 1000)
    String reason;

    @Column(name = "raised_at", nullable = false)
    Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    ObjectionStatus status;

    @Column(name = "resolved_by", length = 128)
    String resolvedBy;

    @Column(name = "resolution", length = 1000)
    String resolution;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    protected ObjectionEmbeddable() {
    }

    ObjectionEmbeddable(String objectionId, String nominationId, String raisedBy, String reason, Instant raisedAt,
                        ObjectionStatus status, String resolvedBy, String resolution, Instant resolvedAt) {
        this.objectionId = objectionId;
        this.nominationId = nominationId;
        this.raisedBy = raisedBy;
        this.reason = reason;
        this.raisedAt = raisedAt;
        this.status = status;
        this.resolvedBy = resolvedBy;
        this.resolution = resolution;
        this.resolvedAt = resolvedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectionEmbeddable x && Objects.equals(objectionId, x.objectionId)
                && Objects.equals(nominationId, x.nominationId) && Objects.equals(raisedBy, x.raisedBy)
                && Objects.equals(reason, x.reason) && Objects.equals(raisedAt, x.raisedAt) && status == x.status
                && Objects.equals(resolvedBy, x.resolvedBy) && Objects.equals(resolution, x.resolution)
                && Objects.equals(resolvedAt, x.resolvedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectionId, nominationId, raisedBy, reason, raisedAt, status, resolvedBy, resolution,
                resolvedAt);
    }
}
