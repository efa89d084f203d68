package org.civility.core.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.HeldCount;
import org.civility.core.lecture.LectureService;
import org.civility.core.lecture.StationCompliance;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.venue.VenueRepository;

import static java.util.Objects.requireNonNull;

/**
 * R-ASSESS-1: the leadership group (领导小组) assesses each station per period. Assessing needs
 * {@link Permission#ASSESS_STATIONS} above the station (at its institute or center), so a station never assesses
 * itself; reading needs {@link Permission#VIEW} at the station. The figures are counted when the assessment is made
 * and stored with it; its months are reckoned in the clock's zone, the portal's own.
 */
public final class AssessmentService {

    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final StationAssessmentRepository assessments;
    private final UnitRepository units;
    private final VenueRepository venues;
    private final TeamRepository teams;
    private final ActivityRepository activities;
    private final CompleteRecords completeRecords;
    private final LectureService lectures;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public AssessmentService(StationAssessmentRepository assessments, UnitRepository units, VenueRepository venues,
                             TeamRepository teams, ActivityRepository activities, CompleteRecords completeRecords,
                             LectureService lectures, AccessControl access, Clock clock, IdSource ids,
                             EventPublisher events) {
        this.assessments = requireNonNull(assessments, "assessments");
        this.units = requireNonNull(units, "units");
        this.venues = requireNonNull(venues, "venues");
        this.teams = requireNonNull(teams, "teams");
        this.activities = requireNonNull(activities, "activities");
        this.completeRecords = requireNonNull(completeRecords, "completeRecords");
        this.lectures = requireNonNull(lectures, "lectures");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * The figures of a station for the months {@code from..to}, as an assessment made now would store them. Needs
     * ASSESS_STATIONS above the station.
     *
     * @throws CivilityException NOT-FOUND, ACCESS-DENIED, ASSESSMENT-NOT-A-STATION, ASSESSMENT-PERIOD-INVALID
     */
    public AssessmentFigures figures(Actor actor, UnitId station, YearMonth from, YearMonth to) {
        Unit unit = assessable(actor, station);
        requirePeriod(from, to);
        return count(actor, unit, from, to);
    }

    /**
     * Assesses a station: counts its figures now and stores them with the rating and the rewards or penalties
     * decided. Needs ASSESS_STATIONS above the station.
     *
     * @throws CivilityException NOT-FOUND, ACCESS-DENIED, ASSESSMENT-NOT-A-STATION, ASSESSMENT-PERIOD-INVALID
     *                           (also for a period that has not ended), ASSESSMENT-INVALID
     */
    public StationAssessment assess(Actor actor, AssessStation command) {
        requireNonNull(command, "command");
        Unit station = assessable(actor, command.station());
        requirePeriod(command.from(), command.to());
        Instant now = clock.instant();
        StationAssessment stored = assessments.store(StationAssessment.make(new AssessmentId(ids.nextId()),
                station.id(), command.from(), command.to(), count(actor, station, command.from(), command.to()),
                command.rating(), command.decision(), now, actor.name()));
        events.publish(new StationAssessed(stored.id(), stored.station(), stored.rating(), now));
        return stored;
    }

    /** @throws CivilityException NOT-FOUND, ACCESS-DENIED (VIEW at the station) */
    public StationAssessment get(Actor actor, AssessmentId id) {
        StationAssessment assessment = assessments.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "assessment", "id", id));
        access.require(actor, Permission.VIEW, assessment.station());
        return assessment;
    }

    /** A station's assessments, the latest period first. Needs VIEW at the station. */
    public Page<StationAssessment> ofStation(Actor actor, UnitId station, PageRequest page) {
        access.require(actor, Permission.VIEW, station);
        return assessments.byStation(station, page);
    }

    private Unit assessable(Actor actor, UnitId id) {
        Unit unit = units.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", id));
        access.require(actor, Permission.VIEW, unit.id());
        if (unit.tier() != Tier.STATION) {
            throw CivilityException.of(AssessmentError.NOT_A_STATION, "unit", id, "tier", unit.tier());
        }
        access.require(actor, Permission.ASSESS_STATIONS, unit.parent().orElseThrow());
        return unit;
    }

    /** At most a year of whole months that have ended in the service zone. */
    private void requirePeriod(YearMonth from, YearMonth to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        int months = StationAssessment.months(from, to);
        YearMonth current = YearMonth.from(clock.instant().atZone(clock.getZone()));
        if (months < 1 || months > StationAssessment.MAX_MONTHS || !to.isBefore(current)) {
            throw CivilityException.of(AssessmentError.PERIOD_INVALID, "from", from, "to", to,
                    "maxMonths", StationAssessment.MAX_MONTHS);
        }
    }

    private AssessmentFigures count(Actor actor, Unit station, YearMonth from, YearMonth to) {
        Instant start = from.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        int venueCount = 0;
        int teamCount = 0;
        int held = 0;
        int complete = 0;
        // the station and the points and bases below it
        List<Unit> places = units.subtree(station);
        for (Unit place : places) {
            venueCount += countAll(place.id(), (u, p) -> venues.byUnit(u, p), v -> v.active());
            teamCount += countAll(place.id(), (u, p) -> teams.byUnit(u, p), t -> true);
            complete += completeRecords.count(place.id(), start, end);
        }
        held = activities.heldCounts(places.stream().map(Unit::id).toList(), start, end).stream()
                .mapToInt(HeldCount::count).sum();
        StationCompliance lecturesKept = lectures.complianceReport(actor, station.id(), from, to).stations()
                .getFirst();
        int months = StationAssessment.months(from, to);
        return new AssessmentFigures(venueCount, teamCount, held, months,
                months - lecturesKept.missingMonths().size(), Math.min(complete, held));
    }

    private static <T> int countAll(UnitId unit, BiFunction<UnitId, PageRequest, Page<T>> pages,
                                    Predicate<T> counts) {
        int count = 0;
        Page<T> page;
        int offset = 0;
        do {
            page = pages.apply(unit, new PageRequest(offset, PAGE));
            count += (int) page.items().stream().filter(counts).count();
            offset += PAGE;
        } while (page.hasMore());
        return count;
    }
}
