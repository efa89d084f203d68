package org.civility.persistence.activity;

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
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An activity with its themes and sign-ups, as stored. */
@Entity
@Table(name = "civ_activity")
public class ActivityEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 16)
    PracticeForm form;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "description", nullable = false, length = 2000)
    String description;

    @Column(name = "starts_at", nullable = false)
    Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    Instant endsAt;

    @Column(name = "booking_id", length = 36)
    String bookingId;

    @Column(name = "capacity")
    Integer capacity;

    @Column(name = "planned_at", nullable = false)
    Instant plannedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    ActivityStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_activity_theme", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", nullable = false, length = 16)
    Set<Theme> themes = EnumSet.noneOf(Theme.class);

    /** In sign-up order: the position decides who is confirmed and who waits. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_activity_sign_up", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    List<SignUpEmbeddable> signUps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ActivityEntity() {
    }

    ActivityEntity(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "ActivityEntity[" + id + ", v" + version + "]";
    }
}
