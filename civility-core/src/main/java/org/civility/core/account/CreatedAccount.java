package org.civility.core.account;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A new account and, for a password account, the one-time password to hand over (shown once, never stored).
 */
public record CreatedAccount(Account account, Optional<OneTimePassword> oneTimePassword) {

    public CreatedAccount {
        requireNonNull(account, "account");
        requireNonNull(oneTimePassword, "oneTimePassword");
    }
}
