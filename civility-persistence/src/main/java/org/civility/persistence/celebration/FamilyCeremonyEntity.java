package org.civility.persistence.celebration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A wedding or funeral registered with a council, with the limits it was checked against (R-CELE-1). */
@Entity
@Table(name = "civ_family_ceremony")
public class FamilyCeremonyEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "host", nullable = false, length = 50)
    String host;

    @Column(name = "ceremony_date", nullable = false)
    LocalDate date;

    @Column(name = "tables_count", nullable = false)
    int tables;

    @Column(name = "gift_fen", nullable = false)
    long giftFen;

    @Column(name = "days", nullable = false)
    int days;

    @Column(name = "max_tables", nullable = false)
    int maxTables;

    @Column(name = "max_gift_fen", nullable = false)
    long maxGiftFen;

    @Column(name = "max_days", nullable = false)
    int maxDays;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "registered_at", nullable = false)
    Instant registeredAt;

    @Column(name = "registered_by", nullable = false, length = 100)
    String registeredBy;

    @Column(name = "visit_note", length = 1000)
    String visitNote;

    @Column(name = "visited_at")
    Instant visitedAt;

    @Column(name = "visited_by", length = 100)
    String visitedBy;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected FamilyCeremonyEntity() {
    }

    FamilyCeremonyEntity(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "FamilyCeremonyEntity[" + id + ", v" + version + "]";
    }
}
