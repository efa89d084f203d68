package org.civility.persistence.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One append-only service record entry; no version column because a row is never updated. */
@Entity
@Table(name = "civ_service_record")
public class ServiceRecordEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36, updatable = false)
    String unitId;

    @Column(name = "seq_no", nullable = false, updatable = false)
    long sequence;

    @Column(name = "volunteer_id", nullable = false, length = 36, updatable = false)
    String volunteerId;

    @Column(name = "activity_id", length = 36, updatable = false)
    String activityId;

    @Column(name = "description", nullable = false, length = 500, updatable = false)
    String description;

    @Column(name = "place", nullable = false, length = 200, updatable = false)
    String place;

    @Column(name = "location", length = 100, updatable = false)
    String location;

    @Column(name = "start_at", nullable = false, updatable = false)
    Instant startAt;

    @Column(name = "end_at", updatable = false)
    Instant endAt;

    @Column(name = "scheduled_end", updatable = false)
    Instant scheduledEnd;

    @Column(name = "minutes", nullable = false, updatable = false)
    int minutes;

    @Column(name = "record_source", nullable = false, length = 16, updatable = false)
    String source;

    @Column(name = "flags", nullable = false, length = 200, updatable = false)
    String flags;

    @Column(name = "recorded_by", nullable = false, length = 100, updatable = false)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    Instant recordedAt;

    @Column(name = "corrects_id", length = 36, updatable = false)
    String correctsId;

    @Column(name = "previous_hash", nullable = false, length = 64, updatable = false)
    String previousHash;

    @Column(name = "hash", nullable = false, length = 64, updatable = false)
    String hash;

    protected ServiceRecordEntity() {
    }

    ServiceRecordEntity(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "ServiceRecordEntity[" + id + ", " + unitId + "#" + sequence + "]";
    }
}
