package org.civility.benchmarks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.governance.PolicySettings;
import org.civility.core.matching.Candidate;
import org.civility.core.matching.IndexedMatcher;
import org.civility.core.matching.Match;
import org.civility.core.matching.MatchRequest;
import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryUnitRepository;
import org.civility.core.order.Assignee;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.OrderItem;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.resource.CandidateFinder;
import org.civility.core.resource.CandidateIndex;
import org.civility.core.resource.OfferArea;
import org.civility.core.resource.RankedOffer;
import org.civility.core.resource.ServiceOffer;
import org.civility.core.resource.ServiceOfferId;
import org.civility.core.resource.ServiceOfferRepository;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dispatch candidates service (P3) among a million active offers: {@link CandidateFinder} as the portal
 * calls it (the order, its menu item, access, the handling unit's subtree, recent load, the ranking), before (every
 * active offer read and scanned on each call) and after (the shared {@link CandidateIndex}), against the baseline of
 * the bare indexed matcher given the same request unrestricted. 1,000 stations under 10 institutes; each call asks
 * the top 10 for the next of 1,024 orders (a quarter escalated to their institute), half with a requested time.
 *
 * <p>The offers sit in a list that {@link ServiceOfferRepository#allActive()} hands out as it is, so the "before"
 * figure leaves out reading and mapping a million rows, which the JPA store pays on each call: it is a floor.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@State(Scope.Benchmark)
public class CandidatesBenchmark {

    @Param("1000000")
    public int offers;

    @Param("1000")
    public int stations;

    @Param("80")
    public int skills;

    private static final int INSTITUTES = 10;
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private CandidateFinder scan;
    private CandidateFinder indexed;
    private IndexedMatcher bare;
    private Actor head;
    private final List<ServiceOrder> orders = new ArrayList<>();
    private final List<Optional<LocalDateTime>> times = new ArrayList<>();
    private final List<MatchRequest> bareRequests = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void build() {
        SplittableRandom random = new SplittableRandom(20261204L);
        InMemoryUnitRepository units = new InMemoryUnitRepository();
        Unit center = units.store(Unit.foundCenter(new UnitId(UUID.randomUUID()), "县新时代文明实践中心"));
        List<UnitId> institutes = new ArrayList<>();
        for (int i = 0; i < INSTITUTES; i++) {
            institutes.add(units.store(Unit.foundInstitute(new UnitId(new UUID(0x1257L, i)), "实践所" + i,
                    center.id())).id());
        }
        // MatchingWorld's stations, each under an institute
        Map<UnitId, UnitId> instituteOf = new HashMap<>();
        for (int s = 0; s < stations; s++) {
            UnitId station = new UnitId(new UUID(0x5747L, s));
            UnitId institute = institutes.get(s % INSTITUTES);
            units.store(Unit.foundStation(station, "实践站" + s, institute));
            instituteOf.put(station, institute);
        }
        MatchingWorld world = new MatchingWorld(20261130L, stations, skills);
        List<ServiceOffer> all = new ArrayList<>(offers);
        Map<UUID, Integer> load = new HashMap<>();
        for (Candidate c : world.candidates(offers)) {
            UUID volunteer = UUID.randomUUID();
            all.add(ServiceOffer.publish(new ServiceOfferId(c.id()), Assignee.volunteer(volunteer), c.skills(),
                    new OfferArea(c.unit(), c.grid(), c.point()), c.availability(), ""));
            if (c.recentLoad() > 0) {
                load.put(volunteer, c.recentLoad());
            }
        }
        InMemoryTeamRepository teams = new InMemoryTeamRepository();
        List<UnitId> stationIds = new ArrayList<>(instituteOf.keySet());
        stationIds.sort(Comparator.comparing(UnitId::toString));
        for (int t = 0; t < stations; t++) {
            UnitId station = stationIds.get(t);
            Team team = teams.store(Team.form(new TeamId(UUID.randomUUID()), station, TeamKind.VOLUNTEER, "服务队" + t,
                    NOW));
            TreeSet<String> own = new TreeSet<>();
            own.add("skill-" + random.nextInt(skills));
            all.add(ServiceOffer.publish(new ServiceOfferId(UUID.randomUUID()), Assignee.team(team.id().value()),
                    own, OfferArea.of(station), List.of(), ""));
        }
        ServiceOfferRepository list = new ListedOffers(List.copyOf(all));

        InMemoryMenuItemRepository menu = new InMemoryMenuItemRepository();
        InMemoryServiceOrderRepository orderRepository = new InMemoryServiceOrderRepository();
        for (int i = 0; i < 1024; i++) {
            UnitId station = stationIds.get(random.nextInt(stationIds.size()));
            MenuItem item = MenuItem.list(new MenuItemId(UUID.randomUUID()), station, "上门服务", "");
            TreeSet<String> needed = new TreeSet<>();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                needed.add("skill-" + Math.min(random.nextInt(skills), random.nextInt(skills)));
            }
            item.requireSkills(needed);
            menu.store(item);
            ServiceOrder order = ServiceOrder.place(new ServiceOrderId(UUID.randomUUID()), station, "resident",
                    "resident", "王大爷", new OrderItem.FromMenu(item.id()), "", NOW, Optional.empty());
            if (random.nextInt(4) == 0) {
                order.escalateTo(instituteOf.get(station), "system", NOW);
            }
            orders.add(orderRepository.store(order));
            times.add(random.nextBoolean() ? Optional.empty()
                    : Optional.of(LocalDateTime.of(2026, 12, 7 + random.nextInt(7), 8 + random.nextInt(12), 0)));
            bareRequests.add(MatchRequest.of(needed, station, 10)
                    .withNearbyUnits(Map.of(instituteOf.get(station), 0.5)));
        }
        AccessControl access = new AccessControl(new RepositoryUnitHierarchy(units));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        head = Actor.of("center-head", new RoleGrant(Role.HEAD, center.id()));
        scan = new CandidateFinder(orderRepository, menu, list, teams, units, since -> load, access,
                PolicySettings.defaults(), clock);
        CandidateIndex index = new CandidateIndex();
        indexed = new CandidateFinder(orderRepository, menu, list, teams, units, since -> load, access,
                PolicySettings.defaults(), clock, index);
        bare = IndexedMatcher.of(all.stream().map(o -> o.asCandidate(0)).toList());
        // The two must agree before anything is timed (this also builds the index).
        for (int i = 0; i < 4; i++) {
            List<RankedOffer> a = scan.candidates(head, orders.get(i).id(), times.get(i), Duration.ofHours(1), 10);
            List<RankedOffer> b = indexed.candidates(head, orders.get(i).id(), times.get(i), Duration.ofHours(1), 10);
            if (!a.stream().map(RankedOffer::match).toList().equals(b.stream().map(RankedOffer::match).toList())) {
                throw new IllegalStateException("indexed and scanned candidates differ for " + orders.get(i).id());
            }
        }
    }

    private int nextIndex() {
        int i = next;
        next = (next + 1) & 1023;
        return i;
    }

    @Benchmark
    public List<RankedOffer> beforeScan() {
        int i = nextIndex();
        return scan.candidates(head, orders.get(i).id(), times.get(i), Duration.ofHours(1), 10);
    }

    @Benchmark
    public List<RankedOffer> afterIndexed() {
        int i = nextIndex();
        return indexed.candidates(head, orders.get(i).id(), times.get(i), Duration.ofHours(1), 10);
    }

    @Benchmark
    public List<Match> baselineBareMatcher() {
        return bare.top(bareRequests.get(nextIndex()));
    }

    /** The resource list as a list: {@link #allActive()} costs nothing but the scan that follows. */
    private record ListedOffers(List<ServiceOffer> active) implements ServiceOfferRepository {

        @Override
        public Optional<ServiceOffer> find(ServiceOfferId id) {
            return active.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        @Override
        public Optional<ServiceOffer> byOwner(Assignee owner) {
            return active.stream().filter(o -> o.owner().equals(owner)).findFirst();
        }

        @Override
        public ServiceOffer store(ServiceOffer offer) {
            throw new UnsupportedOperationException("read-only");
        }

        @Override
        public Page<ServiceOffer> byUnit(UnitId unit, boolean activeOnly, PageRequest page) {
            return Page.of(active.stream().filter(o -> o.area().unit().equals(unit)).toList(), page);
        }

        @Override
        public List<ServiceOffer> allActive() {
            return active;
        }

        @Override
        public long revision() {
            return 1;
        }
    }
}
