package org.civility.core.notice;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of a {@link Notice}. */
public record NoticeId(UUID value) {

    public NoticeId {
        requireNonNull(value, "value");
    }

    public static NoticeId of(String value) {
        return new NoticeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
