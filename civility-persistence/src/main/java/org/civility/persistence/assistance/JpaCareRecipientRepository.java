package org.civility.persistence.assistance;

import jakarta.persistence.EntityManager;
import org.civility.core.assistance.CareRecipient;
import org.civility.core.assistance.CareRecipientId;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link CareRecipientRepository} over JPA; runs in the caller's transaction. */
public class JpaCareRecipientRepository implements CareRecipientRepository {

    private final EntityManager em;

    public JpaCareRecipientRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<CareRecipient> find(CareRecipientId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(CareRecipientEntity.class, id.toString())).map(AssistanceMapper::toDomain);
    }

    @Override
    public CareRecipient store(CareRecipient recipient) {
        requireNonNull(recipient, "recipient");
        CareRecipientEntity e = StoredVersions.store(em, CareRecipientEntity.class, "care recipient", recipient.id(),
                recipient.version(), CareRecipientEntity::new, row -> AssistanceMapper.copy(recipient, row),
                row -> row.version);
        return AssistanceMapper.toDomain(e);
    }

    @Override
    public Page<CareRecipient> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery(
                        "select r from CareRecipientEntity r where r.unitId = :unit order by r.registeredAt, r.id",
                        CareRecipientEntity.class)
                .setParameter("unit", unit.toString()), page, AssistanceMapper::toDomain);
    }
}
