package org.civility.core.account;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a sign-in account; stable while its username and credential change. */
public record AccountId(UUID value) {

    public AccountId {
        requireNonNull(value, "value");
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
