package org.civility.persistence.venue;

import org.civility.core.contract.BookingRepositoryContract;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.VenueRepository;
import org.civility.persistence.testing.TestStore;

/** The booking repository contract on the store chosen by {@code civility.test.store}. */
class JpaBookingRepositoryTest extends BookingRepositoryContract {

    private final BookingRepository repository =
            TestStore.get().repository(BookingRepository.class, JpaBookingRepository::new);
    private final VenueRepository venues = TestStore.get().repository(VenueRepository.class, JpaVenueRepository::new);

    @Override
    protected BookingRepository repository() {
        return repository;
    }

    @Override
    protected VenueRepository venueRepository() {
        return venues;
    }
}
