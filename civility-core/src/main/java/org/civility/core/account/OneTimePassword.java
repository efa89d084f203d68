package org.civility.core.account;

import java.security.SecureRandom;

import static java.util.Objects.requireNonNull;

/**
 * A password Civility generated for an administrator to hand over (a new account, a reset): random, used to sign in
 * once and then changed (the account is MUST_CHANGE_PASSWORD). Only its hash is stored; this value exists only in
 * the answer to the administrator. {@link #toString()} hides it, so it does not reach a log by accident.
 *
 * @param value {@value #LENGTH} or more characters from an alphabet without look-alikes (no 0/O, 1/l/I): 16 carry
 *              about 92 bits
 */
public record OneTimePassword(String value) {

    public static final int LENGTH = 16;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    public OneTimePassword {
        requireNonNull(value, "value");
    }

    /** A new random one of {@value #LENGTH} characters. */
    public static OneTimePassword generate() {
        return generate(LENGTH);
    }

    /** A new random one of {@code length} characters (at least {@value #LENGTH}). */
    public static OneTimePassword generate(int length) {
        int n = Math.max(LENGTH, length);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new OneTimePassword(b.toString());
    }

    @Override
    public String toString() {
        return "OneTimePassword[***]";
    }
}
