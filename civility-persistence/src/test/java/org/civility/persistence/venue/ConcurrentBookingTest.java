package org.civility.persistence.venue;

import jakarta.persistence.EntityManager;
import org.civility.core.shared.CivilityException;
import org.civility.core.venue.Venue;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VenueFixtures.aVenue;

/**
 * Two transactions that both passed the version check before either committed: the second one's
 * update misses the {@code @Version} condition and must fail as STALE-VERSION, not as a raw
 * persistence exception. This is what keeps two concurrent bookings of one venue apart (R-VEN-5).
 */
class ConcurrentBookingTest {

    private final TestStore store = TestStore.get();

    @Test
    @DisplayName("R-VEN-5 the second of two interleaved venue updates fails with STALE-VERSION")
    void secondOfTwoInterleavedStoresIsStale() {
        Venue venue = aVenue().build();
        store.inTransaction(em -> new JpaVenueRepository(em).store(venue));

        EntityManager first = store.emf().createEntityManager();
        EntityManager second = store.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Venue readByFirst = new JpaVenueRepository(first).find(venue.id()).orElseThrow();
            Venue readBySecond = new JpaVenueRepository(second).find(venue.id()).orElseThrow();

            readByFirst.noteBooking();
            new JpaVenueRepository(first).store(readByFirst);
            first.getTransaction().commit();

            readBySecond.noteBooking();
            assertThatThrownBy(() -> new JpaVenueRepository(second).store(readBySecond))
                    .isInstanceOfSatisfying(CivilityException.class,
                            e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
        } finally {
            if (second.getTransaction().isActive()) {
                second.getTransaction().rollback();
            }
            first.close();
            second.close();
        }

        store.inTransaction(em -> assertThat(new JpaVenueRepository(em).find(venue.id()).orElseThrow()
                .bookingSequence()).isEqualTo(1));
    }
}
