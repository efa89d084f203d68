package org.civility.persistence.resource;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.civility.core.order.Assignee;
import org.civility.core.organisation.UnitId;
import org.civility.core.resource.OfferError;
import org.civility.core.resource.ServiceOffer;
import org.civility.core.resource.ServiceOfferId;
import org.civility.core.resource.ServiceOfferRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/**
 * {@link ServiceOfferRepository} over JPA; runs in the caller's transaction. One offer per owner is checked before
 * insert and guarded by {@code uq_civ_service_offer_owner}. Every store bumps the one row of
 * {@code civ_offer_revision} in the same transaction, so {@link #revision()} is a primary-key read.
 */
public class JpaServiceOfferRepository implements ServiceOfferRepository {

    private final EntityManager em;

    public JpaServiceOfferRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<ServiceOffer> find(ServiceOfferId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(ServiceOfferEntity.class, id.toString())).map(ServiceOfferMapper::toDomain);
    }

    @Override
    public Optional<ServiceOffer> byOwner(Assignee owner) {
        requireNonNull(owner, "owner");
        return ownerRow(owner).map(ServiceOfferMapper::toDomain);
    }

    private Optional<ServiceOfferEntity> ownerRow(Assignee owner) {
        return em.createQuery("select o from ServiceOfferEntity o where o.ownerKind = :kind and o.ownerId = :id",
                        ServiceOfferEntity.class)
                .setParameter("kind", owner.kind().name())
                .setParameter("id", owner.id().toString())
                .getResultStream().findFirst();
    }

    @Override
    public ServiceOffer store(ServiceOffer offer) {
        requireNonNull(offer, "offer");
        Runnable oneOfferPerOwner = () -> ownerRow(offer.owner()).ifPresent(other -> {
            throw CivilityException.of(OfferError.ALREADY_OFFERED, "owner", offer.owner().id(), "offer", other.id);
        });
        ServiceOfferEntity e = StoredVersions.store(em, ServiceOfferEntity.class, "serviceOffer", offer.id(),
                offer.version(), oneOfferPerOwner, ServiceOfferEntity::new, row -> ServiceOfferMapper.copy(offer, row),
                row -> row.version);
        em.createNativeQuery("UPDATE civ_offer_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
        return ServiceOfferMapper.toDomain(e);
    }

    @Override
    public Page<ServiceOffer> byUnit(UnitId unit, boolean activeOnly, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery("select o from ServiceOfferEntity o where o.unitId = :unit"
                        + (activeOnly ? " and o.active = true" : "") + " order by o.id", ServiceOfferEntity.class)
                .setParameter("unit", unit.toString()), page, ServiceOfferMapper::toDomain);
    }

    @Override
    public List<ServiceOffer> allActive() {
        return em.createQuery("select o from ServiceOfferEntity o where o.active = true order by o.id",
                        ServiceOfferEntity.class)
                .getResultList().stream().map(ServiceOfferMapper::toDomain).toList();
    }

    @Override
    public long revision() {
        return ((Number) em.createNativeQuery("SELECT revision FROM civ_offer_revision WHERE id = 1")
                .getSingleResult()).longValue();
    }
}
