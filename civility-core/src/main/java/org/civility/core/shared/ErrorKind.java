package org.civility.core.shared;

/**
 * What kind of failure an {@link ErrorCode} stands for. Adapters map kinds to their own vocabulary
 * (the web adapter to HTTP statuses); core never does.
 */
public enum ErrorKind {
    /** The input is malformed or fails a format rule (an ID number's check digit). */
    INVALID,
    /** The command is well formed but a governance rule forbids it. */
    RULE,
    /** The command collides with the current state (a double booking, a stale version). */
    CONFLICT,
    /** The actor may not do this to that unit. */
    FORBIDDEN,
    /** The thing referred to does not exist (or is invisible to the actor). */
    NOT_FOUND,
    /**
     * Too many attempts in too short a time (R-ACC-2); the actor may try again later. An error of this kind names the
     * wait in whole seconds as its argument {@code retryAfterSeconds}, which adapters pass on (the web adapter as
     * {@code Retry-After}).
     */
    THROTTLED,
    /**
     * A part the command depends on (a database, an SMS gateway) cannot be reached now; nothing was done and the
     * same command may succeed later. An error of this kind may name a wait as {@code retryAfterSeconds}.
     */
    UNAVAILABLE
}
