package org.civility.persistence.venue;

import org.civility.core.contract.VenueRepositoryContract;
import org.civility.core.venue.VenueRepository;
import org.civility.persistence.testing.TestStore;

/** The venue repository contract on the store chosen by {@code civility.test.store}. */
class JpaVenueRepositoryTest extends VenueRepositoryContract {

    private final VenueRepository repository = TestStore.get().repository(VenueRepository.class, JpaVenueRepository::new);

    @Override
    protected VenueRepository repository() {
        return repository;
    }
}
