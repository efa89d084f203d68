package org.civility.persistence.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civility.core.organisation.Tier;

import java.util.ArrayList;
import java.util.List;

/** A practice unit as stored; the parent is kept by id, like the domain does. */
@Entity
@Table(name = "civ_unit")
public class UnitEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, length = 16)
    Tier tier;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "parent_id", length = 36)
    String parentId;

    @Column(name = "region_code", length = 32)
    String regionCode;

    @Column(name = "address", length = 500)
    String address;

    @Column(name = "dissolved", nullable = false)
    boolean dissolved;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_unit_leadership", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    List<LeadershipSeatEmbeddable> leadership = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_unit_staff", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    List<StaffAssignmentEmbeddable> staff = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_unit_grid", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    List<GridEmbeddable> grids = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_unit_partner", joinColumns = @JoinColumn(name = "unit_id"))
    @OrderColumn(name = "position")
    List<PartnerEmbeddable> partners = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected UnitEntity() {
    }

    UnitEntity(String id) {
        this.id = id;
    }
}
