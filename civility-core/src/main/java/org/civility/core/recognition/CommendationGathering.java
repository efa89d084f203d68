package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civility.core.governance.PolicySettings;
import org.civility.core.order.Rating;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.team.Team;
import org.civility.core.team.TeamMember;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

/**
 * Gathers what the yearly commendation (R-RECG-1) ranks for a unit and every unit below it from the stores it draws
 * on, ranks it with {@link YearlyCommendation#rank} and names each line as it may be shown. A volunteer's minutes are
 * those credited in the period (counted at their home unit), their rating the average stars of the orders they
 * served that were placed in the period and handled in those units; teams count by their members; quotas are each
 * unit's settings. Volunteers are named only with their consent ({@link NamingConsent}), teams always.
 *
 * <p>It checks no access: its callers decide who may see the list (staff with MANAGE_ACTIVITIES, or a station's
 * public page, which shows only consented names).
 */
public final class CommendationGathering {

    private final UnitRepository units;
    private final VolunteerRepository volunteers;
    private final TeamRepository teams;
    private final PointsLedgerRepository ledger;
    private final ServiceOrderRepository orders;
    private final NamingConsentRepository consents;
    private final PolicySettings settings;

    public CommendationGathering(UnitRepository units, VolunteerRepository volunteers, TeamRepository teams,
                                 PointsLedgerRepository ledger, ServiceOrderRepository orders,
                                 NamingConsentRepository consents, PolicySettings settings) {
        this.units = requireNonNull(units, "units");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.teams = requireNonNull(teams, "teams");
        this.ledger = requireNonNull(ledger, "ledger");
        this.orders = requireNonNull(orders, "orders");
        this.consents = requireNonNull(consents, "consents");
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * The commendation of {@code root} and the units below it for the period {@code [from, to)}, ordered as
     * {@link YearlyCommendation#rank} orders it; never null.
     */
    public List<NamedCommendation> rank(Unit root, Instant from, Instant to) {
        requireNonNull(root, "root");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        List<UnitId> subtree = units.subtree(root).stream().map(Unit::id).toList();
        Map<VolunteerId, Double> ratings = ratings(subtree, from, to);
        List<CommendationCandidate> candidates = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        List<TeamMembership> memberships = new ArrayList<>();
        List<CommendationQuota> quotas = new ArrayList<>();
        for (UnitId u : subtree) {
            for (Volunteer v : all(p -> volunteers.byUnit(u, p))) {
                long minutes = ledger.entries(v.id()).stream()
                        .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
                        .mapToLong(PointsEntry::signedMinutes).sum();
                candidates.add(new CommendationCandidate(v.id(), u, Math.max(0, minutes),
                        ratings.getOrDefault(v.id(), 0.0)));
                names.put(v.id().value(), v.realName());
            }
            for (Team t : all(p -> teams.byUnit(u, p))) {
                memberships.add(new TeamMembership(t.id(), u,
                        t.members().stream().map(TeamMember::volunteer).collect(Collectors.toSet())));
                names.put(t.id().value(), t.name());
            }
            quotas.add(new CommendationQuota(u, settings.effective(CommendationSettings.VOLUNTEER_QUOTA, u),
                    settings.effective(CommendationSettings.TEAM_QUOTA, u)));
        }
        return YearlyCommendation.rank(candidates, memberships, quotas).stream()
                .map(c -> new NamedCommendation(c, c.nominee() == Nominee.TEAM || mayName(c.id())
                        ? Optional.ofNullable(names.get(c.id())) : Optional.empty()))
                .toList();
    }

    private boolean mayName(UUID volunteer) {
        return consents.find(new VolunteerId(volunteer)).map(NamingConsent::consented).orElse(false);
    }

    /** Average stars of rated orders accepted by each volunteer and placed in [from, to), handled in the units. */
    private Map<VolunteerId, Double> ratings(List<UnitId> subtree, Instant from, Instant to) {
        Map<VolunteerId, long[]> sums = new HashMap<>();
        for (UnitId u : subtree) {
            for (ServiceOrder o : all(p -> orders.byUnit(u, p))) {
                if (o.placedAt().isBefore(from) || !o.placedAt().isBefore(to)) {
                    continue;
                }
                if (o.acceptedBy().isPresent() && o.rating().isPresent()) {
                    Rating r = o.rating().get();
                    long[] sum = sums.computeIfAbsent(new VolunteerId(o.acceptedBy().get()), k -> new long[2]);
                    sum[0] += r.stars();
                    sum[1]++;
                }
            }
        }
        Map<VolunteerId, Double> averages = new HashMap<>();
        sums.forEach((v, s) -> averages.put(v, (double) s[0] / s[1]));
        return averages;
    }

    /** Every item of a paged query. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> items = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> slice = query.apply(page);
            items.addAll(slice.items());
            if (!slice.hasMore()) {
                return items;
            }
            page = new PageRequest(page.offset() + slice.items().size(), PageRequest.MAX_LIMIT);
        }
    }
}
