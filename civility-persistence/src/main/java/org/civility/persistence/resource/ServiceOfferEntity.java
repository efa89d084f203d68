package org.civility.persistence.resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

/** An offer of the resource list, as stored. */
@Entity
@Table(name = "civ_service_offer")
public class ServiceOfferEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "owner_kind", nullable = false, length = 16)
    String ownerKind;

    @Column(name = "owner_id", nullable = false, length = 36)
    String ownerId;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "grid", length = 200)
    String grid;

    @Column(name = "latitude")
    Double latitude;

    @Column(name = "longitude")
    Double longitude;

    @Column(name = "note", length = 500)
    String note;

    @Column(name = "active", nullable = false)
    boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_service_offer_skill", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "skill", nullable = false, length = 50)
    Set<String> skills = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_service_offer_window", joinColumns = @JoinColumn(name = "offer_id"))
    @OrderColumn(name = "position")
    List<WindowEmbeddable> windows = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ServiceOfferEntity() {
    }

    ServiceOfferEntity(String id) {
        this.id = id;
    }
}
