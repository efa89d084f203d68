package org.civility.web.publicity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.publicity.PublicityService;
import org.civility.core.recognition.CommendationGathering;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.VenueRepository;
import org.civility.core.volunteer.VolunteerRepository;

import java.time.Clock;
import java.time.ZoneId;

/** Produces core's {@link PublicityService} on the ports the other features produce. */
@ApplicationScoped
public class PublicityProducers {

    @Produces
    public PublicityService publicityService(UnitRepository units, ActivityRepository activities,
                                             BookingRepository bookings, VenueRepository venues,
                                             ServiceOrderRepository orders, MenuItemRepository menu,
                                             VolunteerRepository volunteers, CommendationGathering commendations,
                                             Clock clock, ZoneId zone) {
        return new PublicityService(units, activities, bookings, venues, orders, menu, volunteers, commendations,
                clock, zone);
    }
}
