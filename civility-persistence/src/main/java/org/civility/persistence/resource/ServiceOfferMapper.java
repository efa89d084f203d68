package org.civility.persistence.resource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.matching.GeoPoint;
import org.civility.core.matching.WeeklyWindow;
import org.civility.core.order.Assignee;
import org.civility.core.order.AssigneeKind;
import org.civility.core.organisation.UnitId;
import org.civility.core.resource.OfferArea;
import org.civility.core.resource.ServiceOffer;
import org.civility.core.resource.ServiceOfferId;

/** Maps offers between the domain and the JPA model; empty texts are stored as NULL. */
final class ServiceOfferMapper {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private ServiceOfferMapper() {
    }

    static ServiceOffer toDomain(ServiceOfferEntity e) {
        Optional<GeoPoint> point = e.latitude == null || e.longitude == null ? Optional.empty()
                : Optional.of(new GeoPoint(e.latitude, e.longitude));
        return ServiceOffer.restore(ServiceOfferId.of(e.id),
                new Assignee(AssigneeKind.valueOf(e.ownerKind), UUID.fromString(e.ownerId)), e.skills,
                new OfferArea(UnitId.of(e.unitId), Optional.ofNullable(e.grid), point),
                e.windows.stream().map(w -> new WeeklyWindow(DayOfWeek.of(w.dayOfWeek), time(w.startMinute),
                        time(w.endMinute))).toList(),
                e.note == null ? "" : e.note, e.active, e.version);
    }

    private static LocalTime time(int minute) {
        return minute >= MINUTES_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    static void copy(ServiceOffer o, ServiceOfferEntity e) {
        e.ownerKind = o.owner().kind().name();
        e.ownerId = o.owner().id().toString();
        e.unitId = o.area().unit().toString();
        e.grid = o.area().grid().orElse(null);
        e.latitude = o.area().point().map(GeoPoint::latitude).orElse(null);
        e.longitude = o.area().point().map(GeoPoint::longitude).orElse(null);
        e.note = o.note().isEmpty() ? null : o.note();
        e.active = o.active();
        e.skills.retainAll(o.skills());
        e.skills.addAll(o.skills());
        e.windows.clear();
        for (WeeklyWindow w : o.availability()) {
            int start = w.start().getHour() * 60 + w.start().getMinute();
            int end = w.end().equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : w.end().getHour() * 60 + w.end().getMinute();
            e.windows.add(new WindowEmbeddable(w.day().getValue(), start, end));
        }
    }
}
