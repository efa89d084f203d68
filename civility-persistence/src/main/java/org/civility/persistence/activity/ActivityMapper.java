package org.civility.persistence.activity;

import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.Participant;
import org.civility.core.activity.Schedule;
import org.civility.core.activity.SignUp;
import org.civility.core.organisation.UnitId;
import org.civility.core.venue.BookingId;

import java.util.List;
import java.util.Optional;

/** Maps activities between core and their JPA model. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    /** Rebuilds the aggregate through {@link Activity#restore}, so stored rows are checked again. */
    static Activity toDomain(ActivityEntity e) {
        return Activity.restore(ActivityId.of(e.id), UnitId.of(e.unitId), e.form, e.themes, e.title, e.description,
                new Schedule(e.startsAt, e.endsAt), Optional.ofNullable(e.bookingId).map(BookingId::of),
                Optional.ofNullable(e.capacity), e.plannedAt, e.status,
                e.signUps.stream().map(ActivityMapper::toDomain).toList(), e.version);
    }

    /**
     * Copies every field but id and version onto {@code e}. Sign-ups are rewritten position by
     * position, so only the positions that changed touch the sign-up table.
     */
    static void copy(Activity a, ActivityEntity e) {
        e.unitId = a.unit().toString();
        e.form = a.form();
        e.title = a.title();
        e.description = a.description();
        e.startsAt = a.schedule().start();
        e.endsAt = a.schedule().end();
        e.bookingId = a.booking().map(BookingId::toString).orElse(null);
        e.capacity = a.capacity().orElse(null);
        e.plannedAt = a.plannedAt();
        e.status = a.status();
        e.themes.retainAll(a.themes());
        e.themes.addAll(a.themes());
        List<SignUp> wanted = a.signUps();
        for (int i = 0; i < wanted.size(); i++) {
            if (i < e.signUps.size()) {
                if (!toDomain(e.signUps.get(i)).equals(wanted.get(i))) {
                    e.signUps.set(i, toRow(wanted.get(i)));
                }
            } else {
                e.signUps.add(toRow(wanted.get(i)));
            }
        }
        while (e.signUps.size() > wanted.size()) {
            e.signUps.removeLast();
        }
    }

    private static SignUp toDomain(SignUpEmbeddable row) {
        return new SignUp(new Participant(row.participantKind, row.participantRef), row.signedUpAt);
    }

    private static SignUpEmbeddable toRow(SignUp s) {
        return new SignUpEmbeddable(s.participant().kind(), s.participant().reference(), s.signedUpAt());
    }
}
