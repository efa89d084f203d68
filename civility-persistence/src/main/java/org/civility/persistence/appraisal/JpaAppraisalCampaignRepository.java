package org.civility.persistence.appraisal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.civility.core.appraisal.AppraisalCampaign;
import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link AppraisalCampaignRepository} on JPA. Runs in the caller's transaction. */
public class JpaAppraisalCampaignRepository implements AppraisalCampaignRepository {

    private static final String WHAT = "campaign";

    private final EntityManager em;

    public JpaAppraisalCampaignRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<AppraisalCampaign> find(CampaignId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(CampaignEntity.class, id.toString())).map(CampaignMapper::toDomain);
    }

    @Override
    public AppraisalCampaign store(AppraisalCampaign campaign) {
        requireNonNull(campaign, "campaign");
        String id = campaign.id().toString();
        CampaignEntity e = em.find(CampaignEntity.class, id);
        if (e == null) {
            StoredVersions.checkNew(WHAT, campaign.id(), campaign.version());
            e = new CampaignEntity(id);
            CampaignMapper.copy(campaign, e);
            em.persist(e);
        } else {
            StoredVersions.check(WHAT, campaign.id(), campaign.version(), e.version);
            CampaignMapper.copy(campaign, e);
            // A new nomination, vote or objection alone changes no column of the campaign row: bump it anyway.
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        StoredVersions.flush(em, WHAT, campaign.id(), campaign.version());
        return CampaignMapper.toDomain(e);
    }

    @Override
    public Page<AppraisalCampaign> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return Pages.of(em.createQuery(
                        "select c from CampaignEntity c where c.unitId = :unit order by c.year desc, c.title, c.id",
                        CampaignEntity.class)
                .setParameter("unit", unit.toString()), page, CampaignMapper::toDomain);
    }
}
