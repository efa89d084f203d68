package org.civility.core.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.matching.Candidate;
import org.civility.core.matching.IndexedMatcher;
import org.civility.core.matching.MatchRequest;
import org.civility.core.matching.ScanMatcher;
import org.civility.core.matching.WeeklySlot;
import org.civility.core.order.Assignee;
import org.civility.core.order.AssigneeKind;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.OrderItem;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamRepository;

import static java.util.Objects.requireNonNull;

/**
 * Candidates for an order (派单 support): ranks the active offers by the skills its menu item needs (none for a
 * wish), closeness to the order's unit (its handling unit and parent count as nearby, closeness
 * {@value #NEARBY}), availability at the requested time if given, and recent load (orders accepted within
 * {@link OfferSettings#LOAD_WINDOW_DAYS}; a team's load is its members'). Only offers whose area (and, for a
 * team, the team's unit) lies in the handling unit's subtree are candidates, those {@link
 * org.civility.core.order.OrderService#offer} takes: a station ranks its own people, an order escalated to the
 * institute the institute's. Only staff who may dispatch the order (MANAGE_ACTIVITIES at its handling unit) ask.
 *
 * <p>With a {@link CandidateIndex} it ranks the index's snapshot of the resource list, restricted to the subtree and
 * with the loads of now; without one it reads every active offer and ranks them with the {@link ScanMatcher}. Both
 * give the same ranking; the scan is the reference, linear in the size of the resource list on every call.
 */
public final class CandidateFinder {

    static final double NEARBY = 0.5;

    private final ServiceOrderRepository orders;
    private final MenuItemRepository menu;
    private final ServiceOfferRepository offers;
    private final TeamRepository teams;
    private final UnitRepository units;
    private final RecentLoad load;
    private final AccessControl access;
    private final PolicySettings settings;
    private final Clock clock;
    private final Optional<CandidateIndex> index;

    /** A finder that scans every active offer on each call (the reference). */
    public CandidateFinder(ServiceOrderRepository orders, MenuItemRepository menu, ServiceOfferRepository offers,
                           TeamRepository teams, UnitRepository units, RecentLoad load, AccessControl access,
                           PolicySettings settings, Clock clock) {
        this(orders, menu, offers, teams, units, load, access, settings, clock, Optional.empty());
    }

    /** A finder that ranks the shared {@code index}, kept fresh against {@code offers}. */
    public CandidateFinder(ServiceOrderRepository orders, MenuItemRepository menu, ServiceOfferRepository offers,
                           TeamRepository teams, UnitRepository units, RecentLoad load, AccessControl access,
                           PolicySettings settings, Clock clock, CandidateIndex index) {
        this(orders, menu, offers, teams, units, load, access, settings, clock,
                Optional.of(requireNonNull(index, "index")));
    }

    private CandidateFinder(ServiceOrderRepository orders, MenuItemRepository menu, ServiceOfferRepository offers,
                            TeamRepository teams, UnitRepository units, RecentLoad load, AccessControl access,
                            PolicySettings settings, Clock clock, Optional<CandidateIndex> index) {
        this.index = index;
        this.orders = requireNonNull(orders, "orders");
        this.menu = requireNonNull(menu, "menu");
        this.offers = requireNonNull(offers, "offers");
        this.teams = requireNonNull(teams, "teams");
        this.units = requireNonNull(units, "units");
        this.load = requireNonNull(load, "load");
        this.access = requireNonNull(access, "access");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * The best {@code limit} offers for the order, best first.
     *
     * @param at       the requested local service time, if any
     * @param duration how long the service takes (used with {@code at})
     */
    public List<RankedOffer> candidates(Actor actor, ServiceOrderId id, Optional<LocalDateTime> at, Duration duration,
                                        int limit) {
        requireNonNull(id, "id");
        ServiceOrder order = orders.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "serviceOrder", "id", id));
        access.require(actor, Permission.MANAGE_ACTIVITIES, order.handlingUnit());
        Set<String> skills = order.item() instanceof OrderItem.FromMenu fromMenu
                ? menu.find(fromMenu.item()).map(m -> m.skills()).orElse(Set.of())
                : Set.of();
        Map<UnitId, Double> nearby = new HashMap<>();
        nearby.put(order.handlingUnit(), NEARBY);
        units.find(order.unit()).flatMap(u -> u.parent()).ifPresent(p -> nearby.put(p, NEARBY));
        nearby.remove(order.unit());
        MatchRequest request = MatchRequest.of(skills, order.unit(), limit).withNearbyUnits(nearby);
        if (at.isPresent()) {
            request = request.at(WeeklySlot.of(at.get(), duration));
        }
        int days = settings.effective(OfferSettings.LOAD_WINDOW_DAYS, order.unit());
        Instant since = clock.instant().minus(Duration.ofDays(days));
        Map<UUID, Integer> accepted = load.acceptedSince(since);
        Set<UnitId> subtree = units.find(order.handlingUnit()).map(units::subtree).orElse(List.of()).stream()
                .map(Unit::id).collect(Collectors.toSet());
        if (index.isPresent()) {
            return ranked(index.get().current(offers), request, subtree, accepted);
        }
        List<ServiceOffer> active = offers.allActive().stream().filter(o -> isWithin(o, subtree)).toList();
        Map<UUID, ServiceOffer> byId = active.stream()
                .collect(Collectors.toMap(o -> o.id().value(), Function.identity()));
        List<Candidate> candidates = active.stream().map(o -> o.asCandidate(loadOf(o, accepted))).toList();
        return new ScanMatcher(candidates).top(request).stream()
                .map(m -> new RankedOffer(byId.get(m.candidate()), m)).toList();
    }

    /**
     * The index's ranking, restricted to the offers {@link #isWithin} admits and with the loads {@link #loadOf}
     * gives: offers of units outside the subtree by unit, team offers whose team is gone or outside by id. Loads
     * are asked for the offers the matcher scores only; teams are looked up once each.
     */
    private List<RankedOffer> ranked(CandidateIndex.Snapshot snapshot, MatchRequest request, Set<UnitId> subtree,
                                     Map<UUID, Integer> accepted) {
        Set<UUID> excluded = new HashSet<>();
        Map<UUID, Integer> teamLoads = new HashMap<>();
        snapshot.ofTeam().forEach((teamId, offer) -> {
            if (!subtree.contains(snapshot.byId().get(offer).area().unit())) {
                return;
            }
            Optional<Team> team = teams.find(new TeamId(teamId));
            if (team.isEmpty() || !subtree.contains(team.get().unit())) {
                excluded.add(offer);
            } else {
                teamLoads.put(teamId, team.get().members().stream()
                        .mapToInt(m -> accepted.getOrDefault(m.volunteer().value(), 0)).sum());
            }
        });
        ToIntFunction<UUID> loads = id -> {
            Assignee owner = snapshot.byId().get(id).owner();
            return owner.kind() == AssigneeKind.VOLUNTEER ? accepted.getOrDefault(owner.id(), 0)
                    : teamLoads.getOrDefault(owner.id(), 0);
        };
        return snapshot.matcher().top(request,
                        new IndexedMatcher.Restriction(Optional.of(subtree), excluded, Optional.of(loads)))
                .stream().map(m -> new RankedOffer(snapshot.byId().get(m.candidate()), m)).toList();
    }

    private boolean isWithin(ServiceOffer offer, Set<UnitId> subtree) {
        if (!subtree.contains(offer.area().unit())) {
            return false;
        }
        return offer.owner().kind() == AssigneeKind.VOLUNTEER
                || teams.find(new TeamId(offer.owner().id())).map(t -> subtree.contains(t.unit())).orElse(false);
    }

    private int loadOf(ServiceOffer offer, Map<UUID, Integer> accepted) {
        if (offer.owner().kind() == AssigneeKind.VOLUNTEER) {
            return accepted.getOrDefault(offer.owner().id(), 0);
        }
        return teams.find(new TeamId(offer.owner().id()))
                .map(t -> t.members().stream().mapToInt(m -> accepted.getOrDefault(m.volunteer().value(), 0)).sum())
                .orElse(0);
    }
}
