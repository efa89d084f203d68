package org.civility.persistence.venue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civility.core.venue.PlatformKind;
import org.civility.core.venue.VenueKind;

import java.util.EnumSet;
import java.util.Set;

/** A venue as stored; the owner is two columns (R-VEN-1: written once, never changed by a verb). */
@Entity
@Table(name = "civ_venue")
public class VenueEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    VenueKind kind;

    @Column(name = "owner_name", nullable = false, length = 200)
    String ownerName;

    @Column(name = "owner_contact", length = 200)
    String ownerContact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_venue_platform", joinColumns = @JoinColumn(name = "venue_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "platform", nullable = false, length = 32)
    Set<PlatformKind> platforms = EnumSet.noneOf(PlatformKind.class);

    @Column(name = "capacity")
    Integer capacity;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "booking_sequence", nullable = false)
    long bookingSequence;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected VenueEntity() {
    }

    VenueEntity(String id) {
        this.id = id;
    }
}
