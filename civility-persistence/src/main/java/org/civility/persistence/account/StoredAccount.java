package org.civility.persistence.account;

import org.civility.core.access.Actor;
import org.civility.core.access.RoleGrant;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A portal account as stored: the login name, a password hash (never the password), a display
 * name, the role grants and the account's own volunteer record, if any.
 */
public record StoredAccount(String username, String passwordHash, String displayName, Set<RoleGrant> grants,
                            Optional<UUID> volunteerId) {

    public StoredAccount {
        requireNonNull(username, "username");
        requireNonNull(passwordHash, "passwordHash");
        requireNonNull(displayName, "displayName");
        grants = Set.copyOf(grants);
        requireNonNull(volunteerId, "volunteerId");
    }

    /** The actor this account acts as. */
    public Actor toActor() {
        return new Actor(username, grants, volunteerId);
    }
}
