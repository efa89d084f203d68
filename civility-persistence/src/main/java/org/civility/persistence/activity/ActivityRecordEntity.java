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
import org.civility.core.activity.PracticeForm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The record of a held activity (R-ACT-1) with its attendees, names signed in by hand and photos, as stored. */
@Entity
@Table(name = "civ_activity_record")
public class ActivityRecordEntity {

    @Id
    @Column(name = "activity_id", length = 36)
    String activityId;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 16)
    PracticeForm form;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "starts_at", nullable = false)
    Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    Instant endsAt;

    /** Empty until the record is first kept. */
    @Column(name = "summary", nullable = false, length = 2000)
    String summary;

    /** The aggregate's own {@code complete()}, written on every store so that the assessment counts rows. */
    @Column(name = "is_complete", nullable = false)
    boolean complete;

    @Column(name = "kept_at", nullable = false)
    Instant keptAt;

    @Column(name = "kept_by", nullable = false, length = 100)
    String keptBy;

    /** In the order of their first check-in. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_activity_record_attendee", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    List<AttendeeEmbeddable> attendees = new ArrayList<>();

    /** In the order given. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_activity_record_name", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 50)
    List<String> names = new ArrayList<>();

    /** In the order added. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_activity_record_photo", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    List<RecordPhotoEmbeddable> photos = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected ActivityRecordEntity() {
    }

    ActivityRecordEntity(String activityId) {
        this.activityId = activityId;
    }

    @Override
    public String toString() {
        return "ActivityRecordEntity[" + activityId + ", v" + version + "]";
    }
}
