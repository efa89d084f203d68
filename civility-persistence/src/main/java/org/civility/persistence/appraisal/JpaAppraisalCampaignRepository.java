package org.civility.persistence.appraisal;

import jakarta.persistence.EntityManager;
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
        // A new nomination, vote or objection alone changes no column of the campaign row: bump it anyway.
        CampaignEntity e = StoredVersions.store(em, CampaignEntity.class, WHAT, campaign.id(), campaign.version(),
                CampaignEntity::new, row -> CampaignMapper.copy(campaign, row), row -> row.version);
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
