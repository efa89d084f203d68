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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.civility.core.venue.BookingStatus;
import org.civility.core.venue.UsePurpose;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A booking as stored. The slot is {@code [period_start, period_end)}; approval, cancellation and
 * closing are nullable column groups, present as the status says.
 */
@Entity
@Table(name = "civ_booking")
public class BookingEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "venue_id", nullable = false, length = 36)
    String venueId;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "booked_by", nullable = false, length = 128)
    String bookedBy;

    @Column(name = "booked_at", nullable = false)
    Instant bookedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 16)
    UsePurpose purpose;

    @Column(name = "description", nullable = false, length = 1000)
    String description;

    @Column(name = "period_start", nullable = false)
    Instant periodStart;

    @Column(name = "period_end", nullable = false)
    Instant periodEnd;

    @Column(name = "user_name", nullable = false, length = 200)
    String userName;

    @Column(name = "user_outside", nullable = false)
    boolean userOutside;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    BookingStatus status;

    @Column(name = "approved_by", length = 128)
    String approvedBy;

    @Column(name = "approved_at")
    Instant approvedAt;

    @Column(name = "cancelled_by", length = 128)
    String cancelledBy;

    @Column(name = "cancelled_at")
    Instant cancelledAt;

    @Column(name = "cancel_reason", length = 1000)
    String cancelReason;

    @Column(name = "cancel_rejected")
    Boolean cancelRejected;

    @Column(name = "closed_at")
    Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_booking_checklist", joinColumns = @JoinColumn(name = "booking_id"))
    List<ChecklistSignatureEmbeddable> checklist = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_booking_damage", joinColumns = @JoinColumn(name = "booking_id"))
    @OrderColumn(name = "position")
    List<DamageEmbeddable> damages = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected BookingEntity() {
    }

    BookingEntity(String id) {
        this.id = id;
    }
}
