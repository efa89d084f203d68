package org.civility.persistence.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.venue.ChecklistItem;

import java.time.Instant;
import java.util.Objects;

/** One signed closing-checklist item (R-VEN-3), as stored. At most one per item and booking. */
@Embeddable
public class ChecklistSignatureEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false, length = 32)
    ChecklistItem item;

    @Column(name = "signed_by", nullable = false, length = 128)
    String signedBy;

    @Column(name = "signed_at", nullable = false)
    Instant signedAt;

    protected ChecklistSignatureEmbeddable() {
    }

    ChecklistSignatureEmbeddable(ChecklistItem item, String signedBy, Instant signedAt) {
        this.item = item;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    // Value equality lets the provider write only the signatures that changed.
    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistSignatureEmbeddable s && item == s.item
                && Objects.equals(signedBy, s.signedBy) && Objects.equals(signedAt, s.signedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(item, signedBy, signedAt);
    }
}
