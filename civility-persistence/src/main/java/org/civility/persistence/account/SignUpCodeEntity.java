package org.civility.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A resident's sign-up code: digests of the phone and the code, its expiry and wrong tries. */
@Entity
@Table(name = "civ_sign_up_code")
public class SignUpCodeEntity {

    @Id
    @Column(name = "phone_digest", length = 64)
    String phoneDigest;

    @Column(name = "code_digest", nullable = false, length = 64)
    String codeDigest;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "wrong_tries", nullable = false)
    int wrongTries;

    protected SignUpCodeEntity() {
    }
}
