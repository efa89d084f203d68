package org.civility.persistence.recognition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.civility.core.recognition.EntryKind;
import org.civility.core.recognition.HoursSource;

/** A points ledger entry as stored; rows are inserted once and never updated (no version column). */
@Entity
@Table(name = "civ_points_entry")
public class PointsEntryEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "volunteer_id", nullable = false, length = 36)
    String volunteerId;

    @Column(name = "position", nullable = false)
    long position;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    EntryKind kind;

    @Column(name = "points", nullable = false)
    long points;

    @Column(name = "minutes", nullable = false)
    long minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 16)
    HoursSource source;

    @Column(name = "record_id", length = 36)
    String recordId;

    @Column(name = "request_id", length = 100)
    String requestId;

    @Column(name = "goods", length = 200)
    String goods;

    @Column(name = "entry_at", nullable = false)
    Instant at;

    protected PointsEntryEntity() {
    }

    PointsEntryEntity(String id) {
        this.id = id;
    }
}
