package org.civility.persistence.lecture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's yearly study plan with its items, as stored (R-LECT-4). */
@Entity
@Table(name = "civ_study_plan")
public class StudyPlanEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "plan_year", nullable = false)
    int year;

    @Column(name = "parent_plan_id", length = 36)
    String parentPlanId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_study_plan_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    List<StudyPlanItemEmbeddable> items = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected StudyPlanEntity() {
    }

    StudyPlanEntity(String id) {
        this.id = id;
    }
}
