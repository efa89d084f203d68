package org.civility.persistence.appraisal;

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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A household (户) as stored, with its voting members' accounts and its award history. */
@Entity
@Table(name = "civ_household")
public class HouseholdEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "head", nullable = false, length = 100)
    String head;

    @Column(name = "address", nullable = false, length = 200)
    String address;

    @Column(name = "grid", length = 100)
    String grid;

    @Column(name = "members", nullable = false)
    int members;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_household_voter", joinColumns = @JoinColumn(name = "household_id"))
    @Column(name = "account", nullable = false, length = 100)
    Set<String> voters = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_household_award", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "position")
    List<HouseholdAwardEmbeddable> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected HouseholdEntity() {
    }

    HouseholdEntity(String id) {
        this.id = id;
    }
}
