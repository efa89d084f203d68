package org.civility.persistence.activity;

import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.Attendee;
import org.civility.core.activity.PhotoId;
import org.civility.core.activity.RecordPhoto;
import org.civility.core.activity.Schedule;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

import java.util.List;

/** Maps activity records between core and their JPA model. */
final class ActivityRecordMapper {

    private ActivityRecordMapper() {
    }

    /** Rebuilds the aggregate through {@link ActivityRecord#restore}, so stored rows are checked again. */
    static ActivityRecord toDomain(ActivityRecordEntity e) {
        return ActivityRecord.restore(ActivityId.of(e.activityId), UnitId.of(e.unitId), e.form, e.title,
                new Schedule(e.startsAt, e.endsAt),
                e.attendees.stream().map(a -> new Attendee(VolunteerId.of(a.volunteerId), a.name)).toList(),
                List.copyOf(e.names), e.summary,
                e.photos.stream().map(ActivityRecordMapper::toDomain).toList(), e.keptAt, e.keptBy, e.version);
    }

    /**
     * Copies every field but the activity id and the version onto {@code e}. Lists are rewritten position by
     * position, so only the positions that changed touch their tables.
     */
    static void copy(ActivityRecord r, ActivityRecordEntity e) {
        e.unitId = r.unit().toString();
        e.form = r.form();
        e.title = r.title();
        e.startsAt = r.schedule().start();
        e.endsAt = r.schedule().end();
        e.summary = r.summary();
        e.complete = r.complete();
        e.keptAt = r.keptAt();
        e.keptBy = r.keptBy();
        sync(e.attendees, r.checkedIn().stream()
                .map(a -> new AttendeeEmbeddable(a.volunteer().toString(), a.name())).toList());
        sync(e.names, r.addedByHand());
        sync(e.photos, r.photos().stream().map(ActivityRecordMapper::toRow).toList());
    }

    private static <T> void sync(List<T> rows, List<T> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            if (i < rows.size()) {
                if (!rows.get(i).equals(wanted.get(i))) {
                    rows.set(i, wanted.get(i));
                }
            } else {
                rows.add(wanted.get(i));
            }
        }
        while (rows.size() > wanted.size()) {
            rows.removeLast();
        }
    }

    private static RecordPhoto toDomain(RecordPhotoEmbeddable row) {
        return new RecordPhoto(PhotoId.of(row.photoId), row.name, row.type, row.size, row.sha256, row.storageKey,
                row.addedAt, row.addedBy);
    }

    private static RecordPhotoEmbeddable toRow(RecordPhoto p) {
        return new RecordPhotoEmbeddable(p.id().toString(), p.name(), p.type(), p.size(), p.sha256(),
                p.storageKey(), p.addedAt(), p.addedBy());
    }
}
