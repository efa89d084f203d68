package org.civility.persistence.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A guardian's consent for a minor, as columns of {@code civ_volunteer} (all null without consent). */
@Embeddable
public class GuardianConsentEmbeddable {

    @Column(name = "guardian_name", length = 50)
    String guardianName;

    @Column(name = "guardian_phone", length = 11)
    String guardianPhone;

    @Column(name = "guardian_relation", length = 32)
    String relation;

    @Column(name = "guardian_consent_at")
    Instant givenAt;

    protected GuardianConsentEmbeddable() {
    }

    GuardianConsentEmbeddable(String guardianName, String guardianPhone, String relation, Instant givenAt) {
        this.guardianName = guardianName;
        this.guardianPhone = guardianPhone;
        this.relation = relation;
        this.givenAt = givenAt;
    }

    /** Personal data never reaches a log. */
    @Override
    public String toString() {
        return "GuardianConsentEmbeddable[" + relation + "]";
    }
}
