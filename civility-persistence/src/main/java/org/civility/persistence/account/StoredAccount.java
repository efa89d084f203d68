package org.civility.persistence.account;

import org.civility.core.access.Actor;
import org.civility.core.access.RoleGrant;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A portal account as stored: the login name, a password hash (never the password), a display
 * name, the role grants and the account's own volunteer record, if any. An account that signs in
 * only through an external identity provider stores {@link #NO_PASSWORD} instead of a hash: no
 * password matches it.
 */
public record StoredAccount(String username, String passwordHash, String displayName, Set<RoleGrant> grants,
                            Optional<UUID> volunteerId) {

    /**
     * The stored "hash" of an account without a password. It is no encoding of any hash algorithm, so an identity
     * store that checks {@link #hasPassword()} first never compares a password with it.
     */
    public static final String NO_PASSWORD = "!";

    public StoredAccount {
        requireNonNull(username, "username");
        requireNonNull(passwordHash, "passwordHash");
        requireNonNull(displayName, "displayName");
        grants = Set.copyOf(grants);
        requireNonNull(volunteerId, "volunteerId");
    }

    /** A new account without a password and without grants: it signs in only through an identity provider. */
    public static StoredAccount withoutPassword(String username, String displayName) {
        return new StoredAccount(username, NO_PASSWORD, displayName, Set.of(), Optional.empty());
    }

    /** Whether a password can sign this account in. */
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash) && !passwordHash.isBlank();
    }

    /** The actor this account acts as. */
    public Actor toActor() {
        return new Actor(username, grants, volunteerId);
    }
}
