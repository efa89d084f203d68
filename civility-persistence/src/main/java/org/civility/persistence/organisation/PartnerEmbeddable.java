package org.civility.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.organisation.PartnerKind;

/** One partner organisation of a unit, as stored. */
@Embeddable
public class PartnerEmbeddable {

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    PartnerKind kind;

    protected PartnerEmbeddable() {
    }

    PartnerEmbeddable(String name, PartnerKind kind) {
        this.name = name;
        this.kind = kind;
    }
}
