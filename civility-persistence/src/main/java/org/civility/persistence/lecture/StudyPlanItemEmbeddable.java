package org.civility.persistence.lecture;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a study plan, as a row of {@code civ_study_plan_item}. */
@Embeddable
public class StudyPlanItemEmbeddable {

    @Column(name = "plan_month", nullable = false)
    int month;

    @Column(name = "topic", nullable = false, length = 200)
    String topic;

    @Column(name = "source", nullable = false, length = 16)
    String source;

    @Column(name = "request_id", length = 36)
    String requestId;

    protected StudyPlanItemEmbeddable() {
    }
}
