package org.civility.persistence.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A portal sign-in account and its role grants, as stored (V1, V20). The username is the key (grants refer to it);
 * {@code id} is the core aggregate's identity. A password account has {@code passwordHash}; an account that signs in
 * at a unified identity platform has {@code externalIssuer} and {@code externalSubject} instead.
 */
@Entity
@Table(name = "civ_account")
public class AccountEntity {

    @Id
    @Column(name = "username", length = 64)
    String username;

    @Column(name = "id", nullable = false, length = 36, updatable = false)
    String id;

    @Column(name = "password_hash", length = 512)
    String passwordHash;

    @Column(name = "display_name", nullable = false, length = 128)
    String displayName;

    @Column(name = "state", nullable = false, length = 32)
    String state;

    @Column(name = "credential_kind", nullable = false, length = 16)
    String credentialKind;

    @Column(name = "external_issuer", length = 255)
    String externalIssuer;

    @Column(name = "external_subject", length = 255)
    String externalSubject;

    @Column(name = "volunteer_id", length = 36)
    String volunteerId;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_account_grant", joinColumns = @JoinColumn(name = "username"))
    List<AccountGrantEmbeddable> grants = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected AccountEntity() {
    }

    AccountEntity(String username, String id) {
        this.username = username;
        this.id = id;
    }

    @Override
    public String toString() {
        return "AccountEntity[" + username + " " + id + "]";
    }
}
