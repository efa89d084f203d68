package org.civility.core.memory;

import org.civility.core.contract.BookingRepositoryContract;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.VenueRepository;

class InMemoryBookingRepositoryTest extends BookingRepositoryContract {

    private final InMemoryBookingRepository repository = new InMemoryBookingRepository();
    private final InMemoryVenueRepository venues = new InMemoryVenueRepository();

    @Override
    protected BookingRepository repository() {
        return repository;
    }

    @Override
    protected VenueRepository venueRepository() {
        return venues;
    }
}
