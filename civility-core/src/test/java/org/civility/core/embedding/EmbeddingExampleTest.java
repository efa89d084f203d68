package org.civility.core.embedding;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.memory.InMemoryUnitRepository;
import org.civility.core.memory.InMemoryVenueRepository;
import org.civility.core.organisation.FoundUnit;
import org.civility.core.organisation.OrganisationService;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.Tier;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.venue.BookVenue;
import org.civility.core.venue.BookingStatus;
import org.civility.core.venue.PlatformKind;
import org.civility.core.venue.RegisterVenue;
import org.civility.core.venue.UsePurpose;
import org.civility.core.venue.VenueKind;
import org.civility.core.venue.VenueOwner;
import org.civility.core.venue.VenueService;
import org.civility.core.venue.VenueUser;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's embedding example, kept compiling and passing. */
class EmbeddingExampleTest {

    @Test
    void aPortalEmbedsCoreWithoutAnyDatabase() {
        // --- README: embedding (begin)
        var units = new InMemoryUnitRepository();
        var access = new AccessControl(new RepositoryUnitHierarchy(units));
        var clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        var organisation = new OrganisationService(units, access, clock, IdSource.random(), EventPublisher.none());
        var center = organisation.found(Actor.of("installer", RoleGrant.installation(Role.ADMINISTRATOR)), FoundUnit.center("示范县新时代文明实践中心"));
        var head = Actor.of("县中心主任", new RoleGrant(Role.HEAD, center.id()));
        var institute = organisation.found(head, new FoundUnit(Tier.INSTITUTE, "圆东镇新时代文明实践所", center.id(), null, null));
        var station = organisation.found(head, new FoundUnit(Tier.STATION, "圆东村新时代文明实践站", institute.id(), null, null));
        var venues = new VenueService(new InMemoryVenueRepository(), new InMemoryBookingRepository(), access,
                PolicySettings.defaults(), clock, IdSource.random(), EventPublisher.none());
        var hall = venues.register(head, new RegisterVenue(station.id(), "文化礼堂", VenueKind.CULTURE_HALL,
                VenueOwner.of("圆东村村委会"), Set.of(PlatformKind.CULTURE), 120));
        var booking = venues.book(head, new BookVenue(hall.id(), Instant.parse("2026-12-05T01:00:00Z"),
                Instant.parse("2026-12-05T03:00:00Z"), UsePurpose.PRACTICE, "理论宣讲", VenueUser.resident("宣讲员")));
        // --- README: embedding (end)

        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
        assertThatThrownBy(() -> venues.book(head, new BookVenue(hall.id(), Instant.parse("2026-12-05T02:00:00Z"),
                Instant.parse("2026-12-05T04:00:00Z"), UsePurpose.PRACTICE, "重叠", VenueUser.resident("x"))))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-VEN-5"));
    }
}
