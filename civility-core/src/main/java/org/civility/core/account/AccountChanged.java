package org.civility.core.account;

import java.time.Instant;

import org.civility.core.audit.AuditAction;
import org.civility.core.shared.DomainEvent;

import static java.util.Objects.requireNonNull;

/**
 * An account changed: created, a role granted or revoked, disabled, enabled, its password reset or changed, a
 * volunteer record linked. Listeners drop what they keep about the account (a cache of verified credentials, open
 * sessions). Carries no secret.
 */
public record AccountChanged(AccountId account, String username, AuditAction change, Instant occurredAt)
        implements DomainEvent {

    public AccountChanged {
        requireNonNull(account, "account");
        requireNonNull(username, "username");
        requireNonNull(change, "change");
        requireNonNull(occurredAt, "occurredAt");
    }
}
