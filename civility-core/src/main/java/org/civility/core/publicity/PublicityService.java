package org.civility.core.publicity;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.OrderAction;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderStep;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.publicity.PublicStationPage.Commendation;
import org.civility.core.publicity.PublicStationPage.ComingActivity;
import org.civility.core.publicity.PublicStationPage.Showcase;
import org.civility.core.recognition.CommendationGathering;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.venue.Booking;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueRepository;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

/**
 * Builds a station's public page ({@link PublicStationPage}). It takes no actor: the page shows only what is meant
 * for everyone (a station's coming activities, the orders its staff showcased with the volunteer's consent, the
 * commendation naming only who consented), so anyone may read it, signed in or not (ADR 0036). What it leaves out
 * is decided here, not by the caller: participants, residents of orders and unconsented names never reach the page.
 */
public final class PublicityService {

    /** At most this many coming activities. */
    public static final int MAX_COMING = 20;
    /** At most this many showcased orders. */
    public static final int MAX_SHOWCASES = 20;
    /** At most this many lines of the commendation. */
    public static final int MAX_COMMENDATIONS = 50;

    /** Runs of seven digits or more (a phone or ID number) in a free text: masked on the public page. */
    /**
     * Seven digits or more, half or full width, single spaces or dashes between them allowed (138 1234 5678,
     * 138-1234-5678, １３８００１３８０００).
     */
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9０-９](?:[ \\-–—]?[0-9０-９]){6,}[0-9０-９XxＸｘ]?");

    private final UnitRepository units;
    private final ActivityRepository activities;
    private final BookingRepository bookings;
    private final VenueRepository venues;
    private final ServiceOrderRepository orders;
    private final MenuItemRepository menu;
    private final VolunteerRepository volunteers;
    private final CommendationGathering commendations;
    private final Clock clock;
    private final ZoneId zone;

    public PublicityService(UnitRepository units, ActivityRepository activities, BookingRepository bookings,
                            VenueRepository venues, ServiceOrderRepository orders, MenuItemRepository menu,
                            VolunteerRepository volunteers, CommendationGathering commendations, Clock clock,
                            ZoneId zone) {
        this.units = requireNonNull(units, "units");
        this.activities = requireNonNull(activities, "activities");
        this.bookings = requireNonNull(bookings, "bookings");
        this.venues = requireNonNull(venues, "venues");
        this.orders = requireNonNull(orders, "orders");
        this.menu = requireNonNull(menu, "menu");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.commendations = requireNonNull(commendations, "commendations");
        this.clock = requireNonNull(clock, "clock");
        this.zone = requireNonNull(zone, "zone");
    }

    /**
     * The public page of {@code station}: its own activities and showcases and those of its points and bases,
     * at most {@link #MAX_COMING} coming activities, {@link #MAX_SHOWCASES} showcases and
     * {@link #MAX_COMMENDATIONS} commendation lines of the current year (in the configured zone).
     *
     * @throws CivilityException NOT-FOUND if no station has this id (unknown, dissolved, or a unit of another tier)
     */
    public PublicStationPage stationPage(UnitId station) {
        requireNonNull(station, "station");
        Unit unit = units.find(station).filter(u -> u.tier() == Tier.STATION && !u.dissolved())
                .orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "station", "id", station));
        List<Unit> places = units.subtree(unit).stream().filter(u -> !u.dissolved()).toList();
        Map<UnitId, String> names = places.stream().collect(Collectors.toMap(Unit::id, Unit::name));
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, zone).getYear();
        Instant yearStart = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant nextYear = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        return new PublicStationPage(unit.id(), unit.name(), coming(places, names, now), showcases(places), year,
                commendations.rank(unit, yearStart, nextYear).stream().limit(MAX_COMMENDATIONS)
                        .map(c -> new Commendation(c.line().nominee(), c.line().rank(), c.name(), c.line().minutes()))
                        .toList());
    }

    private List<ComingActivity> coming(List<Unit> places, Map<UnitId, String> names, Instant now) {
        PageRequest first = PageRequest.first(MAX_COMING);
        return places.stream()
                .flatMap(u -> activities.plannedEndingAfter(u.id(), now, first).items().stream())
                .sorted(Comparator.comparing((Activity a) -> a.schedule().start())
                        .thenComparing(a -> a.id().value().toString()))
                .limit(MAX_COMING)
                .map(a -> new ComingActivity(a.id(), a.form(), a.title(), a.schedule().start(), a.schedule().end(),
                        place(a).orElseGet(() -> names.get(a.unit()))))
                .toList();
    }

    /** The name of the venue the activity booked, if it booked one. */
    private Optional<String> place(Activity activity) {
        return activity.booking().flatMap(bookings::find).map(Booking::venue).flatMap(venues::find).map(Venue::name);
    }

    private List<Showcase> showcases(List<Unit> places) {
        PageRequest first = PageRequest.first(MAX_SHOWCASES);
        List<ServiceOrder> shown = new ArrayList<>();
        places.forEach(u -> shown.addAll(orders.showcased(u.id(), first).items()));
        return shown.stream()
                .sorted(Comparator.comparing(ServiceOrder::placedAt).reversed()
                        .thenComparing(o -> o.id().toString(), Comparator.reverseOrder()))
                .limit(MAX_SHOWCASES)
                .map(this::showcase)
                .toList();
    }

    private Showcase showcase(ServiceOrder order) {
        String item = switch (order.item()) {
            case OrderItem.FromMenu m -> menu.find(m.item()).map(MenuItem::name).orElse("");
            case OrderItem.Wish w -> "";
        };
        // A showcased order always carries the volunteer's consent to be named in it (ServiceOrder's invariant).
        Optional<String> volunteer = order.showcaseConsent()
                ? order.acceptedBy().map(VolunteerId::new).flatMap(volunteers::find).map(Volunteer::realName)
                : Optional.empty();
        Instant servedAt = order.history().stream().filter(s -> s.action() == OrderAction.COMPLETE)
                .map(OrderStep::at).reduce((a, b) -> b).orElse(order.placedAt());
        return new Showcase(item, order.item() instanceof OrderItem.Wish, order.report().map(PublicityService::masked),
                order.rating().map(r -> r.stars()).orElse(0), volunteer, servedAt);
    }

    /** {@code text} with long runs of digits masked, so a phone or ID number typed into it is not published. */
    static String masked(String text) {
        return LONG_NUMBER.matcher(text).replaceAll("***");
    }
}
