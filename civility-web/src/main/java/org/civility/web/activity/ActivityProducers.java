package org.civility.web.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civility.core.access.AccessControl;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.ActivityService;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.venue.BookingRepository;
import org.civility.persistence.activity.JpaActivityRepository;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Produces the {@link ActivityRepository} port (on the container's persistence context) and the
 * {@link ActivityService}, which checks bookings through the port produced by
 * {@link org.civility.web.venue.VenueProducers} and reckons seasons in the configured zone.
 */
@ApplicationScoped
public class ActivityProducers {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Produces
    public ActivityRepository activityRepository() {
        return new JpaActivityRepository(em);
    }

    @Produces
    public ActivityService activityService(ActivityRepository activities, BookingRepository bookings,
                                           AccessControl access, Clock clock, IdSource ids, EventPublisher events,
                                           ZoneId zone) {
        return new ActivityService(activities, bookings, access, clock, ids, events, zone);
    }
}
