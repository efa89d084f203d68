package org.civility.core.venue;

import java.util.List;

import org.civility.core.shared.Decision;
import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.VenueFixtures.aBooking;
import static org.civility.core.fixtures.VenueFixtures.aVenue;
import static org.civility.core.fixtures.VenueFixtures.at;
import static org.civility.core.fixtures.VenueFixtures.slot;

class NoDoubleBookingPolicyTest {

    private final NoDoubleBookingPolicy policy = new NoDoubleBookingPolicy();
    private final Venue venue = aVenue().build();

    @Test
    @DisplayName("R-VEN-5 a slot overlapping a confirmed booking is rejected as a conflict naming that booking and its slot")
    void rejectsOverlapWithConfirmedBooking() {
        Booking existing = aBooking().of(venue).during(slot(10, 12)).build();

        Decision decision = policy.evaluate(request(slot(11, 13), existing));

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.code().code()).isEqualTo(NoDoubleBookingPolicy.RULE);
            assertThat(r.code().kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(r.args()).containsEntry("conflictingBooking", existing.id())
                    .containsEntry("conflictingStart", at(10))
                    .containsEntry("conflictingEnd", at(12));
        });
    }

    @Test
    @DisplayName("R-VEN-5 pending and closed bookings hold their slot too")
    void pendingAndClosedBookingsHoldTheirSlot() {
        Booking pending = aBooking().of(venue).forOtherUse().during(slot(10, 12)).build();
        Booking closed = aBooking().of(venue).during(slot(14, 16)).build();
        for (ChecklistItem item : ChecklistItem.values()) {
            closed.signChecklist(item, "赵值班", at(16));
        }
        closed.close(at(16));

        assertThat(policy.evaluate(request(slot(11, 12), pending)).isAllowed()).isFalse();
        assertThat(policy.evaluate(request(slot(15, 17), closed)).isAllowed()).isFalse();
    }

    @Test
    @DisplayName("R-VEN-5 adjacent slots [10-12) and [12-14) are both allowed")
    void allowsAdjacentSlot() {
        Booking existing = aBooking().of(venue).during(slot(10, 12)).build();

        assertThat(policy.evaluate(request(slot(12, 14), existing)).isAllowed()).isTrue();
        assertThat(policy.evaluate(request(slot(8, 10), existing)).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-VEN-5 a cancelled booking frees its slot")
    void cancelledBookingFreesItsSlot() {
        Booking cancelled = aBooking().of(venue).during(slot(10, 12)).build();
        cancelled.cancel("李老师", "改期", at(8));

        assertThat(policy.evaluate(request(slot(10, 12), cancelled)).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-VEN-5 bookings of another venue never conflict")
    void otherVenuesDoNotConflict() {
        Booking elsewhere = aBooking().of(aVenue().build()).during(slot(10, 12)).build();

        assertThat(policy.evaluate(request(slot(10, 12), elsewhere)).isAllowed()).isTrue();
    }

    private BookingRequest request(TimeSlot period, Booking... existing) {
        return new BookingRequest(venue.unit(), venue.id(), period, List.of(existing));
    }
}
