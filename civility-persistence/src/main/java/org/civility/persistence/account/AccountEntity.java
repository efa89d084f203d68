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

import java.util.ArrayList;
import java.util.List;

/** A portal sign-in account and its role grants. */
@Entity
@Table(name = "civ_account")
public class AccountEntity {

    @Id
    @Column(name = "username", length = 64)
    String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    String passwordHash;

    @Column(name = "display_name", nullable = false, length = 128)
    String displayName;

    @Column(name = "volunteer_id", length = 36)
    String volunteerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_account_grant", joinColumns = @JoinColumn(name = "username"))
    List<AccountGrantEmbeddable> grants = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected AccountEntity() {
    }
}
