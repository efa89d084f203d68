package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import org.civility.core.access.Actor;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.EventPublisher;
import org.civility.core.volunteer.VolunteerId;

/**
 * Consent to public naming (DOMAIN §6a): only the volunteer answers for themself, and may change the answer
 * at any time; lists such as the yearly commendation name only volunteers whose latest answer is yes.
 */
public final class NamingConsentService {

    private final NamingConsentRepository consents;
    private final Clock clock;
    private final EventPublisher events;

    public NamingConsentService(NamingConsentRepository consents, Clock clock, EventPublisher events) {
        this.consents = requireNonNull(consents, "consents");
        this.clock = requireNonNull(clock, "clock");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Records the actor's own answer.
     *
     * @throws CivilityException {@link RecognitionError#NOT_OWN_CONSENT} if {@code volunteer} is not the actor's
     */
    public NamingConsent answer(Actor actor, VolunteerId volunteer, boolean consented) {
        requireNonNull(actor, "actor");
        requireNonNull(volunteer, "volunteer");
        if (!actor.volunteerId().map(volunteer.value()::equals).orElse(false)) {
            throw CivilityException.of(RecognitionError.NOT_OWN_CONSENT, "actor", actor.name(),
                    "volunteer", volunteer.toString());
        }
        Instant now = clock.instant();
        NamingConsent consent = new NamingConsent(volunteer, consented, now);
        consents.store(consent);
        events.publish(new NamingConsentRecorded(consent, now));
        return consent;
    }

    /** True if the volunteer's latest answer is yes; false without an answer. */
    public boolean mayName(VolunteerId volunteer) {
        return consents.find(requireNonNull(volunteer, "volunteer")).map(NamingConsent::consented).orElse(false);
    }
}
