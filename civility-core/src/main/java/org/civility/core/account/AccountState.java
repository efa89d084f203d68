package org.civility.core.account;

/** Whether an account may sign in, and how. */
public enum AccountState {
    /** Signs in and acts. */
    ACTIVE,
    /** Signs in no more; its grants stay for when it is enabled again. */
    DISABLED,
    /**
     * Signs in with a password an administrator handed over (a one-time password) and must choose its own before
     * anything else; only password accounts are in this state.
     */
    MUST_CHANGE_PASSWORD
}
