package org.civility.web.record;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.civility.core.access.AccessControl;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryAttemptCounter;
import org.civility.core.notice.Notifier;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ChainHeadRepository;
import org.civility.core.record.ChainSeal;
import org.civility.core.record.ChainWatch;
import org.civility.core.record.CheckInCodeRepository;
import org.civility.core.record.CheckInCodeService;
import org.civility.core.record.CheckInCodeSource;
import org.civility.core.record.RecordSettings;
import org.civility.core.record.ServiceRecordExport;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.record.WrongCodeThrottlePolicy;
import org.civility.core.spi.AttemptCounter;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.support.FeatureSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;

/**
 * Produces the {@link ServiceRecordService} over the deployment's repositories, the
 * {@link CheckInCodeService} with random digits and link tokens ({@link CheckInCodeSource#random()}; a portal may
 * replace the source with a CDI alternative) and R-ACC-2's {@link WrongCodeThrottlePolicy} over one
 * {@link AttemptCounter} for the application (in memory; a cluster replaces it with one over a shared store), the
 * {@link ServiceRecordExport} of a unit's subtree and the feature's settings; the chains' sealed heads and the
 * installation's {@link ChainSeal} ({@link ChainKeys}).
 */
@ApplicationScoped
public class RecordProducers {

    @Inject
    @ConfigProperty(name = "civility.records.chain-key")
    Optional<String> chainKey;

    @Inject
    @ConfigProperty(name = "civility.records.chain-key-file")
    Optional<String> chainKeyFile;

    /** One for the application, read once: the key is outside the database ({@link ChainKeys}). */
    @Produces
    @Singleton
    public ChainSeal chainSeal() {
        return ChainKeys.seal(chainKey, chainKeyFile);
    }

    /**
     * One for the application: what the scheduled verification last found. Its alerts go out through the portal's
     * {@link Notifier}; without one they fail and are tried again on the next run.
     */
    @Produces
    @Singleton
    public ChainWatch chainWatch(Instance<Notifier> notifiers) {
        return new ChainWatch(notifiers.isResolvable() ? notifiers.get() : (channel, message) -> {
            throw new IllegalStateException("this portal has no notifier");
        });
    }

    @Produces
    public ServiceRecordService serviceRecordService(ServiceRecordRepository records, ChainHeadRepository heads,
                                                     ChainSeal seal, VolunteerRepository volunteers,
                                                     AccessControl access, Clock clock, IdSource ids,
                                                     EventPublisher events) {
        return new ServiceRecordService(records, heads, seal, volunteers, access, clock, ids, events);
    }

    @Produces
    public ServiceRecordExport serviceRecordExport(ServiceRecordRepository records, UnitRepository units,
                                                   VolunteerRepository volunteers, AccessControl access) {
        return new ServiceRecordExport(records, units, volunteers, access);
    }

    @Produces
    public CheckInCodeSource checkInCodeSource() {
        return CheckInCodeSource.random();
    }

    /** One for the application: it holds the counts of wrong codes across requests. */
    @Produces
    @ApplicationScoped
    public AttemptCounter attemptCounter() {
        return new InMemoryAttemptCounter();
    }

    @Produces
    public WrongCodeThrottlePolicy wrongCodeThrottlePolicy(AttemptCounter counter, Clock clock) {
        return new WrongCodeThrottlePolicy(counter, clock);
    }

    @Produces
    public CheckInCodeService checkInCodeService(CheckInCodeRepository codes, ServiceRecordService records,
                                                 AccessControl access, PolicySettings settings, Clock clock,
                                                 IdSource ids, CheckInCodeSource digits, EventPublisher events,
                                                 WrongCodeThrottlePolicy throttle) {
        return new CheckInCodeService(codes, records, access, settings, clock, ids, digits, events, throttle);
    }

    @Produces
    public FeatureSettings recordSettings() {
        return new FeatureSettings("record", RecordSettings.ALL);
    }
}
