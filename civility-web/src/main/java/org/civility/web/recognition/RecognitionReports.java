package org.civility.web.recognition;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.HeldCount;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.recognition.CommendationGathering;
import org.civility.core.recognition.StationScorecard;
import org.civility.core.recognition.YearlyCommendation;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.team.TeamRepository;
import org.civility.core.venue.Venue;
import org.civility.core.venue.VenueRepository;
import org.civility.web.recognition.RecognitionDtos.CommendationDto;
import org.civility.web.recognition.RecognitionDtos.CommendedDto;
import org.civility.web.recognition.RecognitionDtos.ScorecardDto;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The yearly commendation (R-RECG-1), gathered by core's {@link CommendationGathering}, and the station scorecard,
 * counted from the stores of the features it draws on: venues, teams, activities and service records. Both need
 * MANAGE_ACTIVITIES at the unit. Years are calendar years in the configured zone.
 */
@RequestScoped
public class RecognitionReports {

    @Inject
    ServiceRecordRepository records;

    @Inject
    Actor actor;

    @Inject
    AccessControl access;

    @Inject
    CommendationGathering commendations;

    @Inject
    UnitRepository units;

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
        List<CommendedDto> lines = commendations.rank(unit(unit), yearStart(year), yearStart(year + 1)).stream()
                .map(c -> CommendedDto.of(c.line(), c.name().orElse(null))).toList();
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
        int activityCount = activities.heldCounts(List.of(station), from, to).stream()
                .mapToInt(HeldCount::count).sum();
        int recordCount = records.serviceTotal(List.of(station), from, to).entries();
        return ScorecardDto.of(station.toString(), year,
                StationScorecard.of(venueCount, teamCount, activityCount, recordCount));
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
