package org.civility.core.celebration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import static java.util.Objects.requireNonNull;

/**
 * Festivals, festival plans and family ceremonies. The festival calendar is public knowledge: any
 * actor may read it. Plans and ceremonies need {@link Permission#VIEW} at the unit; registering a
 * ceremony, and recording the persuasion visit to one over the village's limits (R-CELE-1), need
 * {@link Permission#MANAGE_CELEBRATIONS} there.
 */
public final class CelebrationService {

    private final FamilyCeremonyRepository ceremonies;
    private final AccessControl access;
    private final CeremonyLimitsPolicy limits;
    private final FestivalCalendar calendar;
    private final FestivalPlanner planner;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public CelebrationService(FamilyCeremonyRepository ceremonies, AccessControl access, PolicySettings settings,
                              Clock clock, IdSource ids, EventPublisher events) {
        this.ceremonies = requireNonNull(ceremonies, "ceremonies");
        this.access = requireNonNull(access, "access");
        this.limits = new CeremonyLimitsPolicy(requireNonNull(settings, "settings"));
        this.calendar = new FestivalCalendar();
        this.planner = new FestivalPlanner(calendar);
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * The year's festivals in calendar order; any actor may ask.
     *
     * @throws CivilityException {@code CELEBRATION-YEAR-INVALID} outside 1900–2100
     */
    public List<FestivalDate> festivals(Actor actor, int year) {
        requireNonNull(actor, "actor");
        return calendar.festivals(year);
    }

    /**
     * The unit's "our festivals" activity plan for the year.
     *
     * @throws CivilityException {@code ACCESS-DENIED}, {@code CELEBRATION-YEAR-INVALID}
     */
    public List<PlannedFestivalActivity> plan(Actor actor, UnitId unit, int year) {
        access.require(actor, Permission.VIEW, unit);
        return planner.plan(unit, year);
    }

    /**
     * Registers a wedding or funeral (R-CELE-1, clarified): within the village's limits it is REGISTERED; over them it
     * is recorded all the same, FLAGGED with every breach for the council's persuasion visit, and
     * {@link CeremonyFlagged} is published besides {@link CeremonyRegistered}.
     *
     * @throws CivilityException {@code ACCESS-DENIED}, {@code CELEBRATION-CEREMONY-INVALID}
     */
    public FamilyCeremony register(Actor actor, RegisterCeremony command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_CELEBRATIONS, command.unit());
        CeremonyPlan plan = command.plan();
        Instant now = clock.instant();
        FamilyCeremony stored = ceremonies.store(FamilyCeremony.register(new CeremonyId(ids.nextId()), plan,
                limits.limits(plan.kind(), plan.unit()), now, actor.name()));
        events.publish(new CeremonyRegistered(stored.id(), stored.unit(), stored.kind(), stored.date(), now));
        if (stored.status() == CeremonyStatus.FLAGGED) {
            events.publish(new CeremonyFlagged(stored.id(), stored.unit(), stored.kind(), stored.breaches(), now));
        }
        return stored;
    }

    /**
     * Records the council's persuasion visit to a flagged ceremony (R-CELE-1). Needs MANAGE_CELEBRATIONS at its unit.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code STALE-VERSION},
     *                           {@code CELEBRATION-VISIT-NOT-PENDING}, {@code CELEBRATION-CEREMONY-INVALID} (note)
     */
    public FamilyCeremony recordVisit(Actor actor, RecordPersuasionVisit command) {
        requireNonNull(command, "command");
        FamilyCeremony ceremony = ceremonies.find(command.ceremony()).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "ceremony", "id", command.ceremony()));
        access.require(actor, Permission.MANAGE_CELEBRATIONS, ceremony.unit());
        ExpectedVersion.check("ceremony", ceremony.id(), command.expectedVersion(), ceremony.version());
        return ceremonies.store(ceremony.recordVisit(new PersuasionVisit(command.note(), clock.instant(),
                actor.name())));
    }

    /** @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED} */
    public FamilyCeremony get(Actor actor, CeremonyId id) {
        FamilyCeremony ceremony = ceremonies.find(id).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "ceremony", "id", id));
        access.require(actor, Permission.VIEW, ceremony.unit());
        return ceremony;
    }

    /** Ceremonies registered at exactly {@code unit}, by date. Needs {@link Permission#VIEW} there. */
    public Page<FamilyCeremony> list(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return ceremonies.byUnit(unit, page);
    }
}
