package org.civility.core.record;

import java.security.SecureRandom;

/**
 * Where the digits of new check-in codes come from. A portal keeps {@link #random()}; tests pass a fixed sequence.
 * The service asks again when the digits are held by a code still open, so the source need not avoid repeats.
 */
@FunctionalInterface
public interface CheckInCodeSource {

    /** Six decimal digits, e.g. {@code "042517"}. */
    String nextCode();

    /** Uniformly random digits from a {@link SecureRandom}, so codes cannot be guessed from earlier ones. */
    static CheckInCodeSource random() {
        SecureRandom random = new SecureRandom();
        return () -> String.format("%06d", random.nextInt(1_000_000));
    }
}
