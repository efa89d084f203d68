package org.civility.persistence.assistance;

import jakarta.persistence.EntityManager;
import org.civility.core.assistance.CarePairing;
import org.civility.core.assistance.CarePairingId;
import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link CarePairingRepository} over JPA; runs in the caller's transaction. */
public class JpaCarePairingRepository implements CarePairingRepository {

    private final EntityManager em;

    public JpaCarePairingRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<CarePairing> find(CarePairingId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(CarePairingEntity.class, id.toString())).map(AssistanceMapper::toDomain);
    }

    @Override
    public CarePairing store(CarePairing pairing) {
        requireNonNull(pairing, "pairing");
        // Every store is a new version, even when only the visit collection changed.
        CarePairingEntity e = StoredVersions.store(em, CarePairingEntity.class, "care pairing", pairing.id(),
                pairing.version(), CarePairingEntity::new, row -> AssistanceMapper.copy(pairing, row),
                row -> row.version);
        return AssistanceMapper.toDomain(e);
    }

    @Override
    public List<CarePairing> byRecipient(CareRecipientId recipient) {
        requireNonNull(recipient, "recipient");
        return em.createQuery("select p from CarePairingEntity p where p.recipientId = :recipient"
                        + " order by p.startedOn, p.id", CarePairingEntity.class)
                .setParameter("recipient", recipient.toString())
                .getResultList().stream().map(AssistanceMapper::toDomain).toList();
    }

    @Override
    public Page<CarePairing> activeOn(LocalDate date, PageRequest page) {
        requireNonNull(date, "date");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery("select p from CarePairingEntity p where p.startedOn <= :date"
                        + " and (p.endedOn is null or p.endedOn > :date) order by p.id", CarePairingEntity.class)
                .setParameter("date", date), page, AssistanceMapper::toDomain);
    }
}
