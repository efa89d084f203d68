package org.civility.web.venue;

import org.civility.core.venue.CommitteeApprovesOtherUsePolicy;
import org.civility.core.venue.MaxBookingLengthPolicy;
import org.civility.web.support.FeatureSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.governance.PolicySettings;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.VenueRepository;
import org.civility.core.venue.VenueService;

import java.time.Clock;

/**
 * Produces the venue feature's ports and its {@link VenueService} on the container's persistence
 * context, so they join the caller's transaction. {@link AccessControl} and {@link PolicySettings}
 * come from {@link org.civility.web.support.CoreAccess}; the clock, ids and events from
 * {@link org.civility.web.support.Infrastructure}. Core classes are final, hence {@code @Dependent}.
 */
@ApplicationScoped
public class VenueProducers {

    @Produces
    public VenueService venueService(VenueRepository venues, BookingRepository bookings, AccessControl access,
                                     PolicySettings settings, Clock clock, IdSource ids, EventPublisher events) {
        return new VenueService(venues, bookings, access, settings, clock, ids, events);
    }

    @Produces
    public FeatureSettings venueSettings() {
        return FeatureSettings.of("venue", MaxBookingLengthPolicy.MAX_BOOKING_HOURS,
                CommitteeApprovesOtherUsePolicy.APPROVERS);
    }
}
