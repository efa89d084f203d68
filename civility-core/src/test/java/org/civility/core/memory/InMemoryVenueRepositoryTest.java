package org.civility.core.memory;

import org.civility.core.contract.VenueRepositoryContract;
import org.civility.core.venue.VenueRepository;

class InMemoryVenueRepositoryTest extends VenueRepositoryContract {

    private final InMemoryVenueRepository repository = new InMemoryVenueRepository();

    @Override
    protected VenueRepository repository() {
        return repository;
    }
}
