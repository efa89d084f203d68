package org.civility.portal.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's clock: the system clock in the configured zone, shifted by an offset that only a
 * portal started with {@code -Dcivility.testing=true} lets tests change, so an IT can run a campaign
 * through a 7-day public notice without waiting. Replaces the clock produced by
 * {@code org.civility.web.support.Infrastructure} as a CDI alternative.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestingClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Inject
    @ConfigProperty(name = "civility.zone", defaultValue = "Asia/Shanghai")
    String zone;

    /** True only if the JVM was started with {@code -Dcivility.testing=true}. */
    public boolean enabled() {
        return Boolean.getBoolean("civility.testing");
    }

    public Duration offset() {
        return enabled() ? offset.get() : Duration.ZERO;
    }

    /** @throws IllegalStateException unless {@link #enabled()} */
    public void shift(Duration newOffset) {
        if (!enabled()) {
            throw new IllegalStateException("the clock can only be shifted with -Dcivility.testing=true");
        }
        offset.set(newOffset);
    }

    @Produces
    public Clock clock() {
        return new Shifted(this, ZoneId.of(zone));
    }

    /** Reads the offset on every call, so services built once see later shifts. */
    private static final class Shifted extends Clock {

        private final TestingClock source;
        private final ZoneId zone;

        Shifted(TestingClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new Shifted(source, newZone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(source.offset());
        }
    }
}
