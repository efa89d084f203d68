package org.civility.web.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civility.core.organisation.UnitId;
import org.civility.web.publicity.PublicityDtos.PublicStationPageDto;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps each station's public page for {@code civility.public-pages.cache-for} (default one minute; {@code PT0S}
 * keeps nothing): the page needs no sign-in and sums up a year of hours for its commendation, so a link opened by a
 * whole WeChat group must not recompute it for each phone. At most {@link #MAX_PAGES} pages are kept; past that the
 * store starts over. An unknown station is never kept (its 404 is cheap).
 */
@ApplicationScoped
public class PublicPages {

    static final int MAX_PAGES = 1000;

    @Inject
    @ConfigProperty(name = "civility.public-pages.cache-for", defaultValue = "PT1M")
    String cacheFor;

    private final Map<UnitId, Kept> kept = new ConcurrentHashMap<>();

    private volatile Duration keepFor;

    /** The page kept for {@code station} if still fresh, else {@code compute}'s, kept for next time. */
    PublicStationPageDto get(UnitId station, Supplier<PublicStationPageDto> compute) {
        Duration keepFor = keepFor();
        long now = System.nanoTime();
        Kept k = kept.get(station);
        if (k != null && now - k.at() < keepFor.toNanos()) {
            return k.page();
        }
        PublicStationPageDto page = compute.get();
        if (!keepFor.isZero() && !keepFor.isNegative()) {
            if (kept.size() >= MAX_PAGES) {
                kept.clear();
            }
            kept.put(station, new Kept(page, now));
        }
        return page;
    }

    /** How long shared caches may keep the answer, in seconds. */
    long maxAgeSeconds() {
        return Math.max(0, keepFor().toSeconds());
    }

    /** The configured duration; a malformed one fails the first request loudly rather than caching forever. */
    private Duration keepFor() {
        Duration d = keepFor;
        if (d == null) {
            d = Duration.parse(cacheFor.strip());
            keepFor = d;
        }
        return d;
    }

    private record Kept(PublicStationPageDto page, long at) {
    }
}
