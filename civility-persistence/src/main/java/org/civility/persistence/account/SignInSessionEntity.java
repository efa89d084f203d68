package org.civility.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A sign-in session: the digest of its token, whose it is, and its times. */
@Entity
@Table(name = "civ_sign_in_session")
public class SignInSessionEntity {

    @Id
    @Column(name = "token_digest", length = 64)
    String digest;

    @Column(name = "username", nullable = false, length = 64)
    String username;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    protected SignInSessionEntity() {
    }
}
