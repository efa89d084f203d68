package org.civility.core.memory;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civility.core.recognition.NamingConsent;
import org.civility.core.recognition.NamingConsentRepository;
import org.civility.core.volunteer.VolunteerId;

/** In-memory, thread-safe answers about public naming; consents are immutable records. */
public final class InMemoryNamingConsentRepository implements NamingConsentRepository {

    private final Map<VolunteerId, NamingConsent> consents = new ConcurrentHashMap<>();

    @Override
    public Optional<NamingConsent> find(VolunteerId volunteer) {
        return Optional.ofNullable(consents.get(requireNonNull(volunteer, "volunteer")));
    }

    @Override
    public void store(NamingConsent consent) {
        consents.put(consent.volunteer(), consent);
    }
}
