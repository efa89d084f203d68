package org.civility.core.audit;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of an audit entry. */
public record AuditEntryId(UUID value) {

    public AuditEntryId {
        requireNonNull(value, "value");
    }

    public static AuditEntryId of(String value) {
        return new AuditEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
