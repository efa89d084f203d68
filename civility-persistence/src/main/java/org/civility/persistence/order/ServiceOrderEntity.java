package org.civility.persistence.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

/** A resident's service order, as stored; its steps in {@code civ_service_order_step}. */
@Entity
@Table(name = "civ_service_order")
public class ServiceOrderEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "handling_unit_id", nullable = false, length = 36)
    String handlingUnitId;

    @Column(name = "requester", nullable = false, length = 100)
    String requester;

    @Column(name = "placed_by", nullable = false, length = 100)
    String placedBy;

    @Column(name = "recipient", nullable = false, length = 100)
    String recipient;

    @Column(name = "menu_item_id", length = 36)
    String menuItemId;

    @Column(name = "wish", length = 2000)
    String wish;

    @Column(name = "description", length = 2000)
    String description;

    @Column(name = "placed_at", nullable = false)
    Instant placedAt;

    @Column(name = "waiting_since", nullable = false)
    Instant waitingSince;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "offered_kind", length = 16)
    String offeredKind;

    @Column(name = "offered_id", length = 36)
    String offeredId;

    @Column(name = "accepted_by", length = 36)
    String acceptedBy;

    @Column(name = "rejection_reason", length = 2000)
    String rejectionReason;

    @Column(name = "report", length = 2000)
    String report;

    @Column(name = "rating_stars")
    Integer ratingStars;

    @Column(name = "rating_comment", length = 2000)
    String ratingComment;

    @Column(name = "showcase_consent", nullable = false)
    boolean showcaseConsent;

    @Column(name = "duplicate_of", length = 36)
    String duplicateOf;

    @Column(name = "duplicate_confirmed", nullable = false)
    boolean duplicateConfirmed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_service_order_step", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "position")
    List<OrderStepEmbeddable> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ServiceOrderEntity() {
    }

    ServiceOrderEntity(String id) {
        this.id = id;
    }
}
