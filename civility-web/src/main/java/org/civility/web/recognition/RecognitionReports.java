package org.civility.web.recognition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.PracticeForm;
import org.civility.core.governance.PolicySettings;
import org.civility.core.order.Rating;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.recognition.CommendationCandidate;
import org.civility.core.recognition.CommendationQuota;
import org.civility.core.recognition.CommendationSettings;
import org.civility.core.recognition.Commended;
import org.civility.core.recognition.NamingConsentService;
import org.civility.core.recognition.Nominee;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.recognition.StationScorecard;
import org.civility.core.recognition.TeamMembership;
import org.civility.core.recognition.YearlyCommendation;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.team.Team;
import org.civility.core.team.TeamMember;
import org.civility.core.team.TeamRepository;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueRepository;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.recognition.RecognitionDtos.CommendationDto;
import org.civility.web.recognition.RecognitionDtos.CommendedDto;
import org.civility.web.recognition.RecognitionDtos.ScorecardDto;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what the yearly commendation (R-RECG-1) and the station scorecard count, from the stores of the
 * features they draw on: volunteers and teams, the points ledger (hours), rated orders (ratings), venues,
 * activities and service records. Years are calendar years in the configured zone.
 */
@RequestScoped
public class RecognitionReports {

    @Inject
    ServiceRecordRepository records;

    @Inject
    ServiceOrderRepository orders;

    @Inject
    Actor actor;

    @Inject
    AccessControl access;

    @Inject
    PolicySettings settings;

    @Inject
    RecognitionService recognition;

    @Inject
    NamingConsentService consents;

    @Inject
    PointsLedgerRepository ledger;

    @Inject
    UnitRepository units;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    TeamRepository teams;

    @Inject
    VenueRepository venues;

    @Inject
    ActivityRepository activities;

    @Inject
    ZoneId zone;

    /**
     * R-RECG-1 for {@code unit} and every unit below it: each volunteer's credited minutes of the year (by their
     * home unit), the average rating of the orders they served in the year, teams by their members; quotas are
     * the settings of each unit. Volunteers are named only with their consent. Needs MANAGE_ACTIVITIES at the unit.
     */
    public CommendationDto commendation(UnitId unit, int year) {
        access.require(actor, Permission.MANAGE_ACTIVITIES, unit);
        Unit root = unit(unit);
        Instant from = yearStart(year);
        Instant to = yearStart(year + 1);
        List<UnitId> subtree = subtree(root.id());
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
                candidates.add(new CommendationCandidate(v.id(), u, Math.max(0, minutes), ratings.getOrDefault(v.id(), 0.0)));
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
        List<Commended> ranked = recognition.commend(actor, unit, candidates, memberships, quotas);
        List<CommendedDto> lines = ranked.stream().map(c -> CommendedDto.of(c,
                c.nominee() == Nominee.TEAM || consents.mayName(new VolunteerId(c.id())) ? names.get(c.id()) : null))
                .toList();
        return new CommendationDto(unit.toString(), year, YearlyCommendation.RULE, lines);
    }

    /**
     * The scorecard of a station for a year: its active venues, its teams, its activities held in the year and
     * its effective service record entries (not corrected by a later one) with time served that started in the
     * year. Needs MANAGE_ACTIVITIES at the station (its head and administrators, or those above).
     */
    public ScorecardDto scorecard(UnitId station, int year) {
        access.require(actor, Permission.MANAGE_ACTIVITIES, station);
        Unit unit = unit(station);
        if (unit.tier() != Tier.STATION) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "id", "reason", "not a station");
        }
        Instant from = yearStart(year);
        Instant to = yearStart(year + 1);
        int venueCount = (int) all(p -> venues.byUnit(station, p)).stream().filter(Venue::active).count();
        int teamCount = all(p -> teams.byUnit(station, p)).size();
        int activityCount = 0;
        for (PracticeForm form : PracticeForm.values()) {
            activityCount += activities.heldByUnitBetween(station, from, to, form).size();
        }
        int recordCount = (int) ServiceRecord.current(records.chain(station)).stream()
                .filter(e -> e.minutes() > 0)
                .filter(e -> !e.start().isBefore(from) && e.start().isBefore(to))
                .count();
        return ScorecardDto.of(station.toString(), year,
                StationScorecard.of(venueCount, teamCount, activityCount, recordCount));
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

    private List<UnitId> subtree(UnitId root) {
        List<UnitId> result = new ArrayList<>();
        List<UnitId> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            UnitId next = queue.remove(0);
            result.add(next);
            all(p -> units.children(next, p)).forEach(c -> queue.add(c.id()));
        }
        return result;
    }

    private Unit unit(UnitId id) {
        return units.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", id));
    }

    private Instant yearStart(int year) {
        return java.time.LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    /** Every item of a paged query. */
    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> items = new ArrayList<>();
        PageRequest page = new PageRequest(0, PageRequest.MAX_LIMIT);
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
