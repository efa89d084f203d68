package org.civility.persistence.assessment;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.civility.core.assessment.AssessmentId;
import org.civility.core.assessment.StationAssessment;
import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import static java.util.Objects.requireNonNull;

/** {@link StationAssessmentRepository} over JPA; runs in the caller's transaction. */
public class JpaStationAssessmentRepository implements StationAssessmentRepository {

    private final EntityManager em;

    public JpaStationAssessmentRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<StationAssessment> find(AssessmentId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(StationAssessmentEntity.class, id.toString()))
                .map(StationAssessmentMapper::toDomain);
    }

    @Override
    public StationAssessment store(StationAssessment assessment) {
        requireNonNull(assessment, "assessment");
        StationAssessmentEntity e = StoredVersions.store(em, StationAssessmentEntity.class, "assessment",
                assessment.id(), assessment.version(), StationAssessmentEntity::new,
                row -> StationAssessmentMapper.copy(assessment, row), row -> row.version);
        return StationAssessmentMapper.toDomain(e);
    }

    @Override
    public Page<StationAssessment> byStation(UnitId station, PageRequest page) {
        requireNonNull(station, "station");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery("select a from StationAssessmentEntity a where a.stationId = :station "
                                + "order by a.to desc, a.assessedAt desc, a.id",
                        StationAssessmentEntity.class)
                .setParameter("station", station.toString()), page, StationAssessmentMapper::toDomain);
    }
}
