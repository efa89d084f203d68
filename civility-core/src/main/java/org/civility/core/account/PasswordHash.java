package org.civility.core.account;

import org.civility.core.shared.CivilityException;

/**
 * A password as stored: the self-describing text a {@link PasswordHasher} produced (algorithm, parameters, salt
 * and derived key), never the password. {@link #toString()} hides it, so it does not reach a log by accident.
 *
 * @param encoded the hasher's encoding, at most {@value #MAX_LENGTH} characters
 */
public record PasswordHash(String encoded) implements Credential {

    public static final int MAX_LENGTH = 512;

    public PasswordHash {
        if (encoded == null || encoded.isBlank() || encoded.length() > MAX_LENGTH) {
            throw CivilityException.of(AccountError.INVALID, "field", "passwordHash", "max", MAX_LENGTH);
        }
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.PASSWORD;
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
