package org.civility.persistence.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A station's assessment with the figures it was made on (R-ASSESS-1); months as ISO text, e.g. 2026-03. */
@Entity
@Table(name = "civ_station_assessment")
public class StationAssessmentEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "station_id", nullable = false, length = 36)
    String stationId;

    @Column(name = "period_from", nullable = false, length = 7)
    String from;

    @Column(name = "period_to", nullable = false, length = 7)
    String to;

    @Column(name = "venues", nullable = false)
    int venues;

    @Column(name = "teams", nullable = false)
    int teams;

    @Column(name = "activities_held", nullable = false)
    int activitiesHeld;

    @Column(name = "lecture_months", nullable = false)
    int lectureMonths;

    @Column(name = "lecture_months_kept", nullable = false)
    int lectureMonthsKept;

    @Column(name = "records_complete", nullable = false)
    int recordsComplete;

    @Column(name = "rating", nullable = false, length = 16)
    String rating;

    @Column(name = "decision", nullable = false, length = 1000)
    String decision;

    @Column(name = "assessed_at", nullable = false)
    Instant assessedAt;

    @Column(name = "assessed_by", nullable = false, length = 100)
    String assessedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected StationAssessmentEntity() {
    }

    StationAssessmentEntity(String id) {
        this.id = id;
    }
}
