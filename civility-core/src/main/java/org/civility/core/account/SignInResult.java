package org.civility.core.account;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * The answer to a sign-in: {@link SignedIn}, {@link MustChangePassword} (the password was right, but it is one an
 * administrator handed over: the person may do nothing but choose their own), {@link Refused} (wrong name or
 * password, disabled, or an account that signs in elsewhere: deliberately one answer) or {@link Throttled}
 * (R-ACC-2; the password was not even checked).
 */
public sealed interface SignInResult
        permits SignInResult.SignedIn, SignInResult.MustChangePassword, SignInResult.Refused, SignInResult.Throttled {

    /** The password was right and the account is active. */
    record SignedIn(Account account) implements SignInResult {
        public SignedIn {
            requireNonNull(account, "account");
        }
    }

    /** The password was right; the account must choose a new password before anything else. */
    record MustChangePassword(Account account) implements SignInResult {
        public MustChangePassword {
            requireNonNull(account, "account");
        }
    }

    /** No: the same answer whatever the reason, so it tells nothing about which names exist. */
    record Refused() implements SignInResult {
    }

    /** Too many failures lately (R-ACC-2): try again after {@code retryAfter} (at least a second). */
    record Throttled(Duration retryAfter) implements SignInResult {
        public Throttled {
            requireNonNull(retryAfter, "retryAfter");
        }
    }
}
