package org.civility.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One role at one unit, as stored. */
@Embeddable
public class AccountGrantEmbeddable {

    @Column(name = "role", nullable = false, length = 32)
    String role;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    protected AccountGrantEmbeddable() {
    }

    AccountGrantEmbeddable(String role, String unitId) {
        this.role = role;
        this.unitId = unitId;
    }
}
