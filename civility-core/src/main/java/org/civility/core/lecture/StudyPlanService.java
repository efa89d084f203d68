package org.civility.core.lecture;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Yearly study plans and residents' lecture requests (R-LECT-4).
 *
 * <p>Access: a resident files a request with SIGN_UP at the unit (residents, volunteers and lecturers
 * hold it: asking for a topic is the same act of taking part as signing up); drawing up a plan needs
 * MANAGE_LECTURES; reading plans and requests needs VIEW.
 */
public final class StudyPlanService {

    private final StudyPlanRepository plans;
    private final LectureRequestRepository requests;
    private final UnitRepository units;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public StudyPlanService(StudyPlanRepository plans, LectureRequestRepository requests, UnitRepository units,
                            AccessControl access, Clock clock, IdSource ids, EventPublisher events) {
        this.plans = requireNonNull(plans, "plans");
        this.requests = requireNonNull(requests, "requests");
        this.units = requireNonNull(units, "units");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /** A resident asks for a lecture. Needs SIGN_UP at the unit. */
    public LectureRequest fileRequest(Actor actor, FileLectureRequest command) {
        access.require(actor, Permission.SIGN_UP, command.unit());
        Instant at = clock.instant();
        LectureRequest stored = requests.store(LectureRequest.file(new LectureRequestId(ids.nextId()), command.unit(),
                command.topic(), command.reason(), actor.name(), at));
        events.publish(new LectureRequested(stored.id(), stored.unit(), stored.topic(), actor.name(), at));
        return stored;
    }

    /** Requests of a unit by filing time. Needs VIEW; who filed each is {@link #showsFiler}. */
    public Page<LectureRequest> listRequests(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return requests.byUnit(unit, page);
    }

    /**
     * Whether the actor may see who filed the request: a resident's account name (often their mobile number) is for
     * those who draw up the unit's plans (MANAGE_LECTURES) and for the resident themself.
     */
    public boolean showsFiler(Actor actor, LectureRequest request) {
        return request.filedBy().equals(actor.name())
                || access.permits(actor, Permission.MANAGE_LECTURES, request.unit());
    }

    /**
     * Draws up the unit's plan for the year from the parent unit's plan of that year (if any), the
     * selected open requests of the unit (marked adopted) and local items. Needs MANAGE_LECTURES.
     *
     * @throws CivilityException INVALID-INPUT for a year outside {@value StudyPlan#FIRST_YEAR}..{@value
     *                           StudyPlan#LAST_YEAR}, LECTURE-PLAN-EXISTS, LECTURE-REQUEST-NOT-SELECTABLE, NOT-FOUND
     */
    public StudyPlan drawUp(Actor actor, DrawUpStudyPlan command) {
        access.require(actor, Permission.MANAGE_LECTURES, command.unit());
        if (command.year() < StudyPlan.FIRST_YEAR || command.year() > StudyPlan.LAST_YEAR) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "year",
                    "reason", StudyPlan.FIRST_YEAR + "–" + StudyPlan.LAST_YEAR);
        }
        if (plans.byUnitAndYear(command.unit(), command.year()).isPresent()) {
            throw CivilityException.of(LectureError.PLAN_EXISTS, "unit", command.unit(), "year", command.year());
        }
        units.find(command.unit()).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", command.unit()));
        Optional<StudyPlan> parentPlan = units.parentOf(command.unit())
                .flatMap(parent -> plans.byUnitAndYear(parent, command.year()));
        List<StudyPlan.SelectedRequest> selected = new ArrayList<>();
        for (DrawUpStudyPlan.Selection s : command.requests()) {
            LectureRequest request = requests.find(s.request())
                    .filter(r -> r.unit().equals(command.unit()) && r.status() == LectureRequestStatus.OPEN)
                    .orElseThrow(() -> CivilityException.of(LectureError.REQUEST_NOT_SELECTABLE,
                            "request", s.request(), "unit", command.unit()));
            selected.add(new StudyPlan.SelectedRequest(request, s.month()));
        }
        Instant at = clock.instant();
        StudyPlan plan = StudyPlan.drawUp(new StudyPlanId(ids.nextId()), command.unit(), command.year(), parentPlan,
                selected, command.localItems(), at, actor.name());
        StudyPlan stored = plans.store(plan);
        for (StudyPlan.SelectedRequest s : selected) {
            s.request().adoptIn(stored.id());
            requests.store(s.request());
        }
        events.publish(new StudyPlanDrawnUp(stored.id(), stored.unit(), stored.year(), stored.items().size(),
                actor.name(), at));
        return stored;
    }

    /** The unit's plan for a year. Needs VIEW. @throws CivilityException NOT-FOUND */
    public StudyPlan get(Actor actor, UnitId unit, int year) {
        access.require(actor, Permission.VIEW, unit);
        return plans.byUnitAndYear(unit, year).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "studyPlan", "id", unit + "/" + year));
    }
}
