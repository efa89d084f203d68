package org.civility.persistence.assistance;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A care pairing as stored, with its volunteers and visits in order. */
@Entity
@Table(name = "civ_care_pairing")
public class CarePairingEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "recipient_id", nullable = false, length = 36)
    String recipientId;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "category", nullable = false, length = 32)
    String category;

    @Column(name = "visit_interval_days", nullable = false)
    int visitIntervalDays;

    @Column(name = "started_on", nullable = false)
    LocalDate startedOn;

    @Column(name = "ended_on")
    LocalDate endedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_care_pairing_volunteer", joinColumns = @JoinColumn(name = "pairing_id"))
    @OrderColumn(name = "position")
    @Column(name = "volunteer_id", nullable = false, length = 36)
    List<String> volunteerIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_care_pairing_visit", joinColumns = @JoinColumn(name = "pairing_id"))
    @OrderColumn(name = "position")
    List<VisitEmbeddable> visits = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected CarePairingEntity() {
    }

    CarePairingEntity(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "CarePairingEntity[" + id + ", v" + version + "]";
    }
}
