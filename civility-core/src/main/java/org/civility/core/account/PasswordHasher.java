package org.civility.core.account;

/**
 * Turns passwords into {@link PasswordHash}es and checks them. The default is {@link Pbkdf2PasswordHasher} (JDK
 * only); a portal may pass another (Argon2, say) as long as it still verifies the hashes already stored or reports
 * them through {@link #needsRehash} so they are upgraded at the next successful sign-in.
 */
public interface PasswordHasher {

    /** A new hash of {@code password} with a fresh random salt and the current parameters; never null. */
    PasswordHash hash(CharSequence password);

    /**
     * Whether {@code password} matches {@code hash}, compared in constant time. A hash this hasher cannot read
     * (unknown algorithm, corrupt text) matches nothing: false, never an exception.
     */
    boolean verify(CharSequence password, PasswordHash hash);

    /**
     * Whether {@code hash} is weaker than what {@link #hash} produces now (older algorithm, fewer iterations,
     * shorter salt), so a successful sign-in should store a new hash of the same password.
     */
    boolean needsRehash(PasswordHash hash);
}
