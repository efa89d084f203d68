package org.civility.core.notice;

import java.time.Instant;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/** What {@link AnnouncedAheadPolicy} looks at: who announces, when it goes out, when the subject starts. */
public record Announcement(UnitId unit, Instant publishAt, Instant startsAt) {

    public Announcement {
        requireNonNull(unit, "unit");
        requireNonNull(publishAt, "publishAt");
        requireNonNull(startsAt, "startsAt");
    }
}
