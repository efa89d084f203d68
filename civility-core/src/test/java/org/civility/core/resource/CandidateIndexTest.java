package org.civility.core.resource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.civility.core.access.Actor;
import org.civility.core.fixtures.OrganisationFixtures;
import org.civility.core.fixtures.SettableClock;
import org.civility.core.fixtures.TeamFixtures;
import org.civility.core.governance.PolicySettings;
import org.civility.core.matching.GeoPoint;
import org.civility.core.matching.WeeklyWindow;
import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.memory.InMemoryServiceOfferRepository;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.order.Assignee;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.OrderItem;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.UnitId;
import org.civility.core.team.Team;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrderFixtures.T0;

/**
 * The indexed candidates equal the scanned ones (the reference) on random resource lists: offers of volunteers and
 * teams spread over a network, teams whose unit differs from their offer's area or that are gone, recent loads,
 * orders escalated up the network; and again after offers, teams and loads changed between queries.
 */
class CandidateIndexTest {

    private static final List<String> SKILLS = List.of("理发", "修理", "法律咨询", "陪护", "急救", "家政", "读报", "心理");

    private final OrganisationFixtures.Tree tree = OrganisationFixtures.aTree();
    private final List<UnitId> units = List.of(tree.center().id(), tree.instituteA().id(), tree.instituteB().id(),
            tree.stationA().id(), tree.stationB().id());
    private final InMemoryServiceOfferRepository offers = new InMemoryServiceOfferRepository();
    private final InMemoryTeamRepository teams = new InMemoryTeamRepository();
    private final InMemoryServiceOrderRepository orders = new InMemoryServiceOrderRepository();
    private final InMemoryMenuItemRepository menu = new InMemoryMenuItemRepository();
    private final SettableClock clock = new SettableClock(T0);
    private final Map<UUID, Integer> loads = new HashMap<>();
    private final Actor head = tree.headOfCenter();

    private final CandidateFinder scan = new CandidateFinder(orders, menu, offers, teams, tree.units(),
            since -> Map.copyOf(loads), tree.access(), PolicySettings.defaults(), clock);
    private final CandidateIndex index = new CandidateIndex();
    private final CandidateFinder indexed = new CandidateFinder(orders, menu, offers, teams, tree.units(),
            since -> Map.copyOf(loads), tree.access(), PolicySettings.defaults(), clock, index);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theIndexedCandidatesEqualTheScannedOnesAlsoAfterChanges(long seed) {
        Random random = new Random(seed);
        List<UUID> volunteers = new ArrayList<>();
        List<ServiceOffer> published = new ArrayList<>();
        for (int i = 0; i < 400 + random.nextInt(400); i++) {
            UUID volunteer = UUID.randomUUID();
            volunteers.add(volunteer);
            published.add(offers.store(anOffer(random, Assignee.volunteer(volunteer))));
            if (random.nextInt(3) == 0) {
                loads.put(volunteer, random.nextInt(5));
            }
        }
        List<Team> formed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Team team = aTeam(random, volunteers);
            if (random.nextInt(6) > 0) {
                formed.add(teams.store(team));
            }
            published.add(offers.store(anOffer(random, Assignee.team(team.id().value()))));
        }
        List<ServiceOrder> placed = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            placed.add(anOrder(random));
        }

        for (int round = 0; round < 4; round++) {
            for (int q = 0; q < 25; q++) {
                ServiceOrder order = placed.get(random.nextInt(placed.size()));
                Optional<LocalDateTime> at = random.nextBoolean() ? Optional.empty()
                        : Optional.of(LocalDateTime.of(2026, 3, 2 + random.nextInt(7), 6 + random.nextInt(14),
                        random.nextInt(4) * 15));
                Duration duration = Duration.ofMinutes(30 + 30L * random.nextInt(6));
                int limit = 1 + random.nextInt(30);

                List<RankedOffer> expected = scan.candidates(head, order.id(), at, duration, limit);
                List<RankedOffer> actual = indexed.candidates(head, order.id(), at, duration, limit);

                assertThat(actual).extracting(r -> r.offer().id(), RankedOffer::match)
                        .as("round %d, order %s at %s, limit %d", round, order.id(), at, limit)
                        .containsExactlyElementsOf(expected.stream()
                                .map(r -> org.assertj.core.groups.Tuple.tuple(r.offer().id(), r.match())).toList());
            }
            // between rounds: offers withdrawn, revised and published, a team's members change, loads change
            for (int c = 0; c < 20; c++) {
                ServiceOffer offer = offers.find(published.get(random.nextInt(published.size())).id()).orElseThrow();
                switch (random.nextInt(3)) {
                    case 0 -> offer.withdraw();
                    case 1 -> offer.revise(someSkills(random), anArea(random), someWindows(random), "");
                    default -> offer.reactivate();
                }
                offers.store(offer);
            }
            UUID volunteer = UUID.randomUUID();
            published.add(offers.store(anOffer(random, Assignee.volunteer(volunteer))));
            loads.put(volunteer, 1 + random.nextInt(3));
            if (!formed.isEmpty()) {
                Team team = teams.find(formed.get(random.nextInt(formed.size())).id()).orElseThrow();
                VolunteerId joining = new VolunteerId(volunteers.get(random.nextInt(volunteers.size())));
                if (team.members().stream().noneMatch(m -> m.volunteer().equals(joining))) {
                    team.admit(TeamFixtures.aMember(joining));
                    teams.store(team);
                }
            }
            loads.replaceAll((v, n) -> random.nextInt(4) == 0 ? random.nextInt(5) : n);
        }
        assertThat(index.size()).isPositive();
    }

    private ServiceOffer anOffer(Random random, Assignee owner) {
        return ServiceOffer.publish(new ServiceOfferId(UUID.randomUUID()), owner, someSkills(random), anArea(random),
                someWindows(random), "");
    }

    private Set<String> someSkills(Random random) {
        Set<String> skills = new TreeSet<>();
        int n = 1 + random.nextInt(3);
        while (skills.size() < n) {
            skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
        }
        return skills;
    }

    private OfferArea anArea(Random random) {
        return new OfferArea(units.get(random.nextInt(units.size())),
                random.nextBoolean() ? Optional.of("第" + (1 + random.nextInt(3)) + "网格") : Optional.empty(),
                random.nextBoolean() ? Optional.of(new GeoPoint(30 + random.nextDouble(), 120 + random.nextDouble()))
                        : Optional.empty());
    }

    private static List<WeeklyWindow> someWindows(Random random) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            int start = 6 + random.nextInt(12);
            windows.add(new WeeklyWindow(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(start, 0),
                    LocalTime.of(start + 1 + random.nextInt(4), 30)));
        }
        return windows;
    }

    private Team aTeam(Random random, List<UUID> volunteers) {
        TeamFixtures.TeamBuilder team = TeamFixtures.aTeam().at(units.get(random.nextInt(units.size())));
        Set<UUID> members = new java.util.HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            members.add(volunteers.get(random.nextInt(volunteers.size())));
        }
        members.forEach(m -> team.withMember(TeamFixtures.aMember(new VolunteerId(m))));
        return team.build();
    }

    private ServiceOrder anOrder(Random random) {
        UnitId station = random.nextBoolean() ? tree.stationA().id() : tree.stationB().id();
        OrderItem item;
        if (random.nextInt(4) == 0) {
            item = new OrderItem.Wish("修收音机");
        } else {
            MenuItem listed = MenuItem.list(new MenuItemId(UUID.randomUUID()), station, "上门服务", "");
            listed.requireSkills(random.nextInt(5) == 0 ? Set.of() : someSkills(random));
            item = new OrderItem.FromMenu(menu.store(listed).id());
        }
        ServiceOrder order = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), station, "resident",
                "resident", "王大爷", item, "", T0, Optional.empty());
        if (random.nextInt(3) == 0) {
            UnitId institute = station.equals(tree.stationA().id()) ? tree.instituteA().id() : tree.instituteB().id();
            order.escalateTo(institute, "system", T0);
        }
        return orders.store(order);
    }
}
