package org.civility.persistence.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.activity.ParticipantKind;

import java.time.Instant;

/** One sign-up, as a row of {@code civ_activity_sign_up}. */
@Embeddable
public class SignUpEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_kind", nullable = false, length = 16)
    ParticipantKind participantKind;

    /** A volunteer id or a resident's account name. */
    @Column(name = "participant_ref", nullable = false, length = 100)
    String participantRef;

    @Column(name = "signed_up_at", nullable = false)
    Instant signedUpAt;

    protected SignUpEmbeddable() {
    }

    SignUpEmbeddable(ParticipantKind participantKind, String participantRef, Instant signedUpAt) {
        this.participantKind = participantKind;
        this.participantRef = participantRef;
        this.signedUpAt = signedUpAt;
    }
}
