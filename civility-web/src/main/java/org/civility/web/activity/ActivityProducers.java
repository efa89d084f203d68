package org.civility.web.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.ActivityService;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.venue.BookingRepository;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Produces the {@link ActivityService} over the deployment's {@link ActivityRepository}, which checks bookings through the port produced by
 * {@link org.civility.web.venue.VenueProducers} and reckons seasons in the configured zone.
 */
@ApplicationScoped
public class ActivityProducers {

    @Produces
    public ActivityService activityService(ActivityRepository activities, BookingRepository bookings,
                                           AccessControl access, Clock clock, IdSource ids, EventPublisher events,
                                           ZoneId zone) {
        return new ActivityService(activities, bookings, access, clock, ids, events, zone);
    }
}
