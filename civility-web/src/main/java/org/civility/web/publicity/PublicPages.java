package org.civility.web.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civility.core.organisation.UnitId;
import org.civility.web.publicity.PublicityDtos.PublicStationPageDto;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps each station's public page for {@code civility.public-pages.cache-for} (default one minute; {@code PT0S}
 * keeps nothing): the page needs no sign-in and sums up a year of hours for its commendation, so a link opened by a
 * whole WeChat group must not recompute it for each phone. At most {@link #MAX_PAGES} pages are kept; past that the
 * one kept longest makes room. An unknown station is never kept (its 404 is cheap).
 */
@ApplicationScoped
public class PublicPages {

    static final int MAX_PAGES = 1000;
    private static final Duration MAX_KEEP = Duration.ofDays(1);

    @Inject
    @ConfigProperty(name = "civility.public-pages.cache-for", defaultValue = "PT1M")
    String cacheFor;

    private final Map<UnitId, Kept> kept = new ConcurrentHashMap<>();

    private volatile Duration keepFor;

    /**
     * The page kept for {@code station} if still fresh, else {@code compute}'s, kept for next time. The phones of a
     * group opening the link at once wait for one computation of it, not one each.
     */
    PublicStationPageDto get(UnitId station, Supplier<PublicStationPageDto> compute) {
        Duration keepFor = keepFor();
        if (keepFor.isZero() || keepFor.isNegative()) {
            return compute.get();
        }
        long nanos = keepFor.toNanos();
        Kept k = kept.get(station);
        if (k != null && System.nanoTime() - k.at() < nanos) {
            return k.page();
        }
        if (!kept.containsKey(station) && kept.size() >= MAX_PAGES) {
            evictOldest();
        }
        return kept.compute(station, (id, old) -> old != null && System.nanoTime() - old.at() < nanos ? old
                : new Kept(compute.get(), System.nanoTime())).page();
    }

    /** Makes room by dropping the page kept longest. */
    private void evictOldest() {
        kept.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().at()))
                .ifPresent(e -> kept.remove(e.getKey(), e.getValue()));
    }

    /** How long shared caches may keep the answer, in seconds. */
    long maxAgeSeconds() {
        return Math.max(0, keepFor().toSeconds());
    }

    /**
     * The configured duration, at most a day; a malformed one fails the first request loudly rather than caching
     * forever.
     */
    private Duration keepFor() {
        Duration d = keepFor;
        if (d == null) {
            d = Duration.parse(cacheFor.strip());
            if (d.compareTo(MAX_KEEP) > 0) {
                d = MAX_KEEP;
            }
            keepFor = d;
        }
        return d;
    }

    private record Kept(PublicStationPageDto page, long at) {
    }
}
