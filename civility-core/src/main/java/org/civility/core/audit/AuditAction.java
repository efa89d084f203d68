package org.civility.core.audit;

/** What an {@link AuditEntry} records. */
public enum AuditAction {
    ACCOUNT_CREATED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** An administrator gave the account a one-time password. */
    PASSWORD_RESET,
    /** The person chose a new password. */
    PASSWORD_CHANGED,
    VOLUNTEER_LINKED,
    /** Someone read a care recipient's personal details (R-HELP-1: only the pair and the station head may). */
    CARE_RECIPIENT_READ
}
