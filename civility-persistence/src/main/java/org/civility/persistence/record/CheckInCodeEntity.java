package org.civility.persistence.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A check-in code as stored ({@code civ_check_in_code}). */
@Entity
@Table(name = "civ_check_in_code")
public class CheckInCodeEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "activity_id", length = 36)
    String activityId;

    @Column(name = "description", nullable = false, length = 500)
    String description;

    @Column(name = "place", nullable = false, length = 200)
    String place;

    @Column(name = "scheduled_start", nullable = false)
    Instant scheduledStart;

    @Column(name = "scheduled_end", nullable = false)
    Instant scheduledEnd;

    @Column(name = "check_in_from", nullable = false)
    Instant checkInFrom;

    @Column(name = "check_out_until", nullable = false)
    Instant checkOutUntil;

    @Column(name = "digits", nullable = false, length = 6)
    String digits;

    @Column(name = "link_token", nullable = false, length = 64)
    String linkToken;

    @Column(name = "issue", nullable = false)
    long issue;

    @Column(name = "opened_by", nullable = false, length = 100)
    String openedBy;

    @Column(name = "opened_at", nullable = false)
    Instant openedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CheckInCodeEntity() {
    }

    CheckInCodeEntity(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "CheckInCodeEntity[" + id + ", v" + version + "]";
    }
}
