package org.civility.persistence.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * How far a volunteer import got ({@code civ_volunteer_import}). One node writes a row (the one running the import),
 * every node reads it; each write replaces the whole row, so it carries no version.
 */
@Entity
@Table(name = "civ_volunteer_import")
public class ImportProgressEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "started_by", nullable = false, length = 128)
    String startedBy;

    @Column(name = "total", nullable = false)
    int total;

    @Column(name = "processed", nullable = false)
    int processed;

    @Column(name = "imported", nullable = false)
    int imported;

    /** The failed rows, one a line (see {@link ImportProgressMapper}); long text. */
    @Column(name = "failures")
    String failures;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    protected ImportProgressEntity() {
    }
}
