package org.civility.persistence.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/** One damage recorded against a booking's user (R-VEN-4), as stored. */
@Embeddable
public class DamageEmbeddable {

    @Column(name = "description", nullable = false, length = 1000)
    String description;

    @Column(name = "cost_in_fen", nullable = false)
    long costInFen;

    @Column(name = "responsible_party", nullable = false, length = 200)
    String responsibleParty;

    @Column(name = "charged_to", nullable = false, length = 200)
    String chargedTo;

    @Column(name = "restoration_required", nullable = false)
    boolean restorationRequired;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected DamageEmbeddable() {
    }

    DamageEmbeddable(String description, long costInFen, String responsibleParty, String chargedTo,
                     boolean restorationRequired, Instant recordedAt) {
        this.description = description;
        this.costInFen = costInFen;
        this.responsibleParty = responsibleParty;
        this.chargedTo = chargedTo;
        this.restorationRequired = restorationRequired;
        this.recordedAt = recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DamageEmbeddable d && costInFen == d.costInFen
                && restorationRequired == d.restorationRequired && Objects.equals(description, d.description)
                && Objects.equals(responsibleParty, d.responsibleParty) && Objects.equals(chargedTo, d.chargedTo)
                && Objects.equals(recordedAt, d.recordedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, costInFen, responsibleParty, chargedTo, restorationRequired, recordedAt);
    }
}
