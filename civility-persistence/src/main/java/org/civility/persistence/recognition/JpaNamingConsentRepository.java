package org.civility.persistence.recognition;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.civility.core.recognition.NamingConsent;
import org.civility.core.recognition.NamingConsentRepository;
import org.civility.core.volunteer.VolunteerId;

/**
 * {@link NamingConsentRepository} on JPA, in the caller's transaction. The last answer wins: answers are a
 * volunteer's own switch, not shared state that needs optimistic locking.
 */
public class JpaNamingConsentRepository implements NamingConsentRepository {

    private final EntityManager em;

    public JpaNamingConsentRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<NamingConsent> find(VolunteerId volunteer) {
        requireNonNull(volunteer, "volunteer");
        return Optional.ofNullable(em.find(NamingConsentEntity.class, volunteer.toString()))
                .map(e -> new NamingConsent(VolunteerId.of(e.volunteerId), e.consented, e.answeredAt));
    }

    @Override
    public void store(NamingConsent consent) {
        requireNonNull(consent, "consent");
        NamingConsentEntity e = em.find(NamingConsentEntity.class, consent.volunteer().toString());
        if (e == null) {
            e = new NamingConsentEntity(consent.volunteer().toString());
            e.consented = consent.consented();
            e.answeredAt = consent.at();
            em.persist(e);
        } else {
            e.consented = consent.consented();
            e.answeredAt = consent.at();
        }
        em.flush();
    }
}
