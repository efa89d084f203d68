package org.civility.core.venue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VenueFixtures.aUnit;
import static org.civility.core.fixtures.VenueFixtures.aVenue;

class VenueTest {

    @Test
    void registersAnActiveVenueAtItsStation() {
        var station = aUnit();

        Venue venue = aVenue().at(station).named("党员活动室").ofKind(VenueKind.PARTY_MEMBER_ROOM)
                .serving(PlatformKind.THEORY_OUTREACH).withCapacity(40).build();

        assertThat(venue.unit()).isEqualTo(station);
        assertThat(venue.name()).isEqualTo("党员活动室");
        assertThat(venue.kind()).isEqualTo(VenueKind.PARTY_MEMBER_ROOM);
        assertThat(venue.platforms()).containsExactly(PlatformKind.THEORY_OUTREACH);
        assertThat(venue.capacity()).contains(40);
        assertThat(venue.active()).isTrue();
        assertThat(venue.bookingSequence()).isZero();
        assertThat(venue.version()).isZero();
    }

    @Test
    @DisplayName("R-VEN-1 scheduling by the station (rename, platforms, bookings, retirement) leaves the owner as it was")
    void schedulingLeavesTheOwnerAsItWas() {
        // given
        VenueOwner owner = VenueOwner.of("实验小学", "0571-88886666");
        Venue venue = aVenue().ownedBy(owner).build();

        // when
        venue.rename("实验小学多功能教室");
        venue.serve(EnumSet.of(PlatformKind.EDUCATION, PlatformKind.SCIENCE));
        venue.noteBooking();
        venue.retire();

        // then
        assertThat(venue.owner()).isEqualTo(owner);
    }

    @Test
    @DisplayName("R-VEN-1 no verb of a venue can change its owner")
    void noVerbTakesAnOwner() {
        Set<String> factories = Set.of("register", "restore");

        var verbsTakingAnOwner = Arrays.stream(Venue.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> !factories.contains(m.getName()))
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(VenueOwner.class))
                .map(Method::getName)
                .toList();

        assertThat(verbsTakingAnOwner).isEmpty();
    }

    @Test
    void mustServeAtLeastOnePlatform() {
        var venue = aVenue().build();

        assertThatThrownBy(() -> venue.serve(Set.of()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-NO-PLATFORM"));
    }

    @Test
    void rejectsCapacityBelowOne() {
        assertThatThrownBy(() -> aVenue().withCapacity(0).build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-CAPACITY-INVALID"));
    }

    @Test
    void aRetiredVenueTakesNoBookingAndCannotRetireTwice() {
        var venue = aVenue().build();
        venue.retire();

        assertThat(venue.active()).isFalse();
        assertThatThrownBy(venue::noteBooking)
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-RETIRED"));
        assertThatThrownBy(venue::retire)
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-RETIRED"));
    }

    @Test
    void everyBookingBumpsTheSequence() {
        var venue = aVenue().build();

        venue.noteBooking();
        venue.noteBooking();

        assertThat(venue.bookingSequence()).isEqualTo(2);
    }

    @Test
    void restoreChecksTheInvariantsAgain() {
        var v = aVenue().build();

        assertThatThrownBy(() -> Venue.restore(v.id(), v.unit(), v.name(), v.kind(), v.owner(), Set.of(),
                Optional.empty(), true, 0, 1))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("VENUE-NO-PLATFORM"));
        assertThatThrownBy(() -> Venue.restore(v.id(), v.unit(), " ", v.kind(), v.owner(), v.platforms(),
                Optional.empty(), true, 0, 1))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("REQUIRED"));
    }
}
