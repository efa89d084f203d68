package org.civility.core.contract;

import java.util.EnumSet;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.venue.PlatformKind;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueId;
import org.civility.core.venue.VenueKind;
import org.civility.core.venue.VenueOwner;
import org.civility.core.venue.VenueRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.VenueFixtures.aUnit;
import static org.civility.core.fixtures.VenueFixtures.aVenue;

/**
 * What every {@link VenueRepository} must do. Subclass it per adapter; tests use fresh ids and
 * never assume an empty store.
 */
public abstract class VenueRepositoryContract {

    protected abstract VenueRepository repository();

    @Test
    void roundTripsEveryField() {
        Venue venue = aVenue().named("实验小学多功能教室").ofKind(VenueKind.SCHOOL_ROOM)
                .ownedBy(VenueOwner.of("实验小学", "0571-88886666"))
                .serving(PlatformKind.EDUCATION, PlatformKind.SCIENCE, PlatformKind.RURAL_REVITALISATION)
                .withCapacity(120).build();
        venue.noteBooking();
        venue.noteBooking();
        venue.retire();

        repository().store(venue);
        Venue found = repository().find(venue.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(venue.id());
        assertThat(found.unit()).isEqualTo(venue.unit());
        assertThat(found.name()).isEqualTo("实验小学多功能教室");
        assertThat(found.kind()).isEqualTo(VenueKind.SCHOOL_ROOM);
        assertThat(found.owner()).isEqualTo(VenueOwner.of("实验小学", "0571-88886666"));
        assertThat(found.platforms()).containsExactlyInAnyOrder(PlatformKind.EDUCATION, PlatformKind.SCIENCE,
                PlatformKind.RURAL_REVITALISATION);
        assertThat(found.capacity()).contains(120);
        assertThat(found.active()).isFalse();
        assertThat(found.bookingSequence()).isEqualTo(2);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void roundTripsAbsentOptionalFields() {
        Venue venue = aVenue().ownedBy(VenueOwner.of("东风村村民委员会")).withUnknownCapacity()
                .serving(PlatformKind.FITNESS).build();

        repository().store(venue);
        Venue found = repository().find(venue.id()).orElseThrow();

        assertThat(found.owner().contact()).isEmpty();
        assertThat(found.capacity()).isEmpty();
        assertThat(found.platforms()).containsExactly(PlatformKind.FITNESS);
        assertThat(found.active()).isTrue();
        assertThat(found.bookingSequence()).isZero();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(repository().find(new VenueId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void bumpsTheVersionOnEveryStore() {
        Venue stored = repository().store(aVenue().build());
        assertThat(stored.version()).isEqualTo(1);

        stored.rename("新名称");
        stored.serve(EnumSet.of(PlatformKind.CULTURE));
        Venue again = repository().store(stored);

        assertThat(again.version()).isEqualTo(2);
        Venue found = repository().find(stored.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.name()).isEqualTo("新名称");
        assertThat(found.platforms()).containsExactly(PlatformKind.CULTURE);
    }

    @Test
    void rejectsAStaleVersion() {
        Venue venue = repository().store(aVenue().build());
        Venue first = repository().find(venue.id()).orElseThrow();
        Venue second = repository().find(venue.id()).orElseThrow();
        first.noteBooking();
        repository().store(first);

        second.noteBooking();

        assertThatThrownBy(() -> repository().store(second))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("STALE-VERSION");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
        assertThat(repository().find(venue.id()).orElseThrow().bookingSequence()).isEqualTo(1);
    }

    @Test
    void rejectsInsertingTheSameNewVenueTwice() {
        Venue venue = aVenue().build();
        repository().store(venue);

        assertThatThrownBy(() -> repository().store(venue))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("STALE-VERSION"));
    }

    @Test
    void changesOfAFoundVenueStayUnstoredUntilStored() {
        Venue venue = repository().store(aVenue().named("图书室").build());

        repository().find(venue.id()).orElseThrow().rename("改了但没存");

        assertThat(repository().find(venue.id()).orElseThrow().name()).isEqualTo("图书室");
    }

    @Test
    void listsTheVenuesOfAUnitByNameThenIdInPages() {
        UnitId station = aUnit();
        Venue c = repository().store(aVenue().at(station).named("C 文化礼堂").build());
        Venue a = repository().store(aVenue().at(station).named("A 党员活动室").build());
        Venue b = repository().store(aVenue().at(station).named("B 农家书屋").build());
        repository().store(aVenue().at(aUnit()).named("A 别处").build());

        Page<Venue> first = repository().byUnit(station, new PageRequest(0, 2));
        Page<Venue> second = repository().byUnit(station, new PageRequest(2, 2));

        assertThat(first.items()).extracting(Venue::id).containsExactly(a.id(), b.id());
        assertThat(first.hasMore()).isTrue();
        assertThat(second.items()).extracting(Venue::id).containsExactly(c.id());
        assertThat(second.hasMore()).isFalse();
        assertThat(second.offset()).isEqualTo(2);
    }

    @Test
    void pagesVenuesOfTheSameNameDeterministically() {
        UnitId station = aUnit();
        Venue x = repository().store(aVenue().at(station).named("同名").build());
        Venue y = repository().store(aVenue().at(station).named("同名").build());

        var firstPage = repository().byUnit(station, new PageRequest(0, 1)).items();
        var secondPage = repository().byUnit(station, new PageRequest(1, 1)).items();

        assertThat(firstPage).hasSize(1);
        assertThat(secondPage).hasSize(1);
        assertThat(java.util.List.of(firstPage.get(0).id(), secondPage.get(0).id()))
                .containsExactlyInAnyOrder(x.id(), y.id());
        assertThat(repository().byUnit(station, new PageRequest(0, 1)).items().get(0).id())
                .isEqualTo(firstPage.get(0).id());
    }

    @Test
    void restoresNoOwnerChangeAcrossStores() {
        Venue venue = repository().store(aVenue().ownedBy(VenueOwner.of("县图书馆", "96000")).build());
        venue.rename("县图书馆东风分馆");

        Venue again = repository().store(venue);

        assertThat(again.owner()).isEqualTo(VenueOwner.of("县图书馆", "96000"));
    }
}
