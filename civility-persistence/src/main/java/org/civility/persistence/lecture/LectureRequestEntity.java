package org.civility.persistence.lecture;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A resident's lecture request, as stored (R-LECT-4). */
@Entity
@Table(name = "civ_lecture_request")
public class LectureRequestEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "topic", nullable = false, length = 200)
    String topic;

    @Column(name = "reason", nullable = false, length = 2000)
    String reason;

    @Column(name = "filed_by", nullable = false, length = 100)
    String filedBy;

    @Column(name = "filed_at", nullable = false)
    Instant filedAt;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "adopted_in_plan_id", length = 36)
    String adoptedInPlanId;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected LectureRequestEntity() {
    }

    LectureRequestEntity(String id) {
        this.id = id;
    }
}
