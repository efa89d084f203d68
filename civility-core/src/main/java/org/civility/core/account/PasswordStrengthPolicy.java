package org.civility.core.account;

import java.util.Locale;

import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * The password rule for every password a person chooses (not the one-time passwords Civility generates, which
 * pass it by construction): at least {@link #minimumLength()} characters (default {@value #DEFAULT_MINIMUM_LENGTH}),
 * at most {@value #MAX_LENGTH}; not the username and not containing it (ignoring case); not on the list of
 * {@link CommonPasswords}. Length counts characters as people do (code points), so a Chinese pass phrase counts
 * each character once. No composition rules (one digit, one capital…): they make passwords harder to remember
 * rather than to guess.
 *
 * <p>Rejects with PASSWORD-TOO-SHORT (arg min), PASSWORD-TOO-LONG (arg max), PASSWORD-CONTAINS-USERNAME or
 * PASSWORD-TOO-COMMON; the arguments never carry the password.
 */
public final class PasswordStrengthPolicy implements Policy<PasswordStrengthPolicy.Candidate> {

    public static final int DEFAULT_MINIMUM_LENGTH = 10;
    /** Longer than any pass phrase; keeps hashing cheap for absurd input. */
    public static final int MAX_LENGTH = 256;

    private final int minimumLength;
    private final CommonPasswords common;

    /**
     * @param minimumLength at least 8 (a locality may raise it, not lower it below what is safe at all)
     * @param common        the passwords to refuse
     */
    public PasswordStrengthPolicy(int minimumLength, CommonPasswords common) {
        if (minimumLength < 8 || minimumLength > MAX_LENGTH) {
            throw new IllegalArgumentException("minimumLength must be 8.." + MAX_LENGTH + ": " + minimumLength);
        }
        this.minimumLength = minimumLength;
        this.common = requireNonNull(common, "common");
    }

    /** At least {@value #DEFAULT_MINIMUM_LENGTH} characters, the shipped list of common passwords. */
    public static PasswordStrengthPolicy defaults() {
        return new PasswordStrengthPolicy(DEFAULT_MINIMUM_LENGTH, CommonPasswords.shipped());
    }

    public int minimumLength() {
        return minimumLength;
    }

    /** A password someone chose, with the username it is for. {@link #toString()} hides the password. */
    public record Candidate(String username, String password) {

        public Candidate {
            requireNonNull(username, "username");
            requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Candidate[" + username + ", ***]";
        }
    }

    @Override
    public Decision evaluate(Candidate candidate) {
        String password = candidate.password();
        int length = password.codePointCount(0, password.length());
        if (length < minimumLength) {
            return Decision.rejected(AccountError.PASSWORD_TOO_SHORT, "min", minimumLength);
        }
        if (length > MAX_LENGTH) {
            return Decision.rejected(AccountError.PASSWORD_TOO_LONG, "max", MAX_LENGTH);
        }
        String username = candidate.username().strip().toLowerCase(Locale.ROOT);
        if (!username.isEmpty() && password.toLowerCase(Locale.ROOT).contains(username)) {
            return Decision.rejected(AccountError.PASSWORD_CONTAINS_USERNAME);
        }
        if (common.contains(password)) {
            return Decision.rejected(AccountError.PASSWORD_TOO_COMMON);
        }
        return Decision.allowed();
    }
}
