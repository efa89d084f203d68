package org.civility.web.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Instants leave the API as ISO-8601 with the configured zone's offset. */
public final class ApiTime {

    private ApiTime() {
    }

    public static OffsetDateTime of(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public static Instant toInstant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
