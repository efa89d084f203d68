package org.civility.core.account;

import java.util.Optional;
import java.util.Set;

import org.civility.core.access.RoleGrant;

import static java.util.Objects.requireNonNull;

/**
 * Create an account. Without an external identity it is a password account with a one-time password that the
 * administrator hands over and the person changes at the first sign-in.
 *
 * @param username   1..64 letters, digits or {@code . _ @ -}
 * @param personName the person's name, 1..128 characters
 * @param external   the person's identity at a unified identity platform, if they sign in there
 * @param grants     at least one role at a unit
 */
public record CreateAccount(String username, String personName, Optional<ExternalIdentity> external,
                            Set<RoleGrant> grants) {

    public CreateAccount {
        requireNonNull(external, "external");
        grants = Set.copyOf(requireNonNull(grants, "grants"));
    }

    /** A password account with a one-time password. */
    public static CreateAccount withPassword(String username, String personName, RoleGrant... grants) {
        return new CreateAccount(username, personName, Optional.empty(), Set.of(grants));
    }

    /** An account whose person signs in at a unified identity platform. */
    public static CreateAccount withExternalIdentity(String username, String personName, ExternalIdentity identity,
                                                     RoleGrant... grants) {
        return new CreateAccount(username, personName, Optional.of(identity), Set.of(grants));
    }
}
