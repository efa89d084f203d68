package org.civility.core.team;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.access.UnitHierarchy;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerRepository;

import java.time.Clock;
import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * Forms teams and manages their members. Commands need {@link Permission#MANAGE_TEAMS} at the
 * team's unit, queries {@link Permission#VIEW}. A member's home unit must lie within the team's
 * unit subtree.
 */
public final class TeamService {

    private final TeamRepository teams;
    private final VolunteerRepository volunteers;
    private final AccessControl access;
    private final UnitHierarchy hierarchy;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public TeamService(TeamRepository teams, VolunteerRepository volunteers, AccessControl access,
                       UnitHierarchy hierarchy, Clock clock, IdSource ids, EventPublisher events) {
        this.teams = requireNonNull(teams, "teams");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.access = requireNonNull(access, "access");
        this.hierarchy = requireNonNull(hierarchy, "hierarchy");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Forms an empty team at a unit.
     *
     * @throws CivilityException {@code ACCESS-DENIED}, {@code TEAM-NAME-INVALID}
     */
    public Team form(Actor actor, FormTeam command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_TEAMS, command.unit());
        Instant now = clock.instant();
        Team stored = teams.store(Team.form(new TeamId(ids.nextId()), command.unit(), command.kind(), command.name(), now));
        events.publish(new TeamFormed(stored.id(), stored.unit(), stored.kind(), now));
        return stored;
    }

    /**
     * Admits a volunteer to a team.
     *
     * @throws CivilityException {@code NOT-FOUND} (team or volunteer), {@code ACCESS-DENIED},
     *                           {@code TEAM-MEMBER-OUTSIDE-UNIT}, {@code TEAM-ALREADY-MEMBER}, {@code R-TEAM-1}
     */
    public Team addMember(Actor actor, AddTeamMember command) {
        return addMember(actor, command, null);
    }

    /**
     * As {@link #addMember(Actor, AddTeamMember)}, if the team is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Team addMember(Actor actor, AddTeamMember command, Long expectedVersion) {
        requireNonNull(command, "command");
        Team team = load(command.team());
        access.require(actor, Permission.MANAGE_TEAMS, team.unit());
        ExpectedVersion.check("team", team.id(), expectedVersion, team.version());
        Volunteer volunteer = volunteers.find(command.volunteer()).orElseThrow(() ->
                CivilityException.of(SharedError.NOT_FOUND, "what", "volunteer", "id", command.volunteer()));
        if (!hierarchy.isWithin(volunteer.homeUnit(), team.unit())) {
            throw CivilityException.of(TeamError.MEMBER_OUTSIDE_UNIT, "team", team.id(), "volunteer", volunteer.id());
        }
        Instant now = clock.instant();
        team.admit(new TeamMember(volunteer.id(), command.category(), command.profession(), now));
        Team stored = teams.store(team);
        events.publish(new TeamMemberJoined(stored.id(), volunteer.id(), now));
        return stored;
    }

    /**
     * Lets a volunteer leave a team.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code TEAM-NOT-MEMBER}
     */
    public Team removeMember(Actor actor, RemoveTeamMember command) {
        return removeMember(actor, command, null);
    }

    /**
     * As {@link #removeMember(Actor, RemoveTeamMember)}, if the team is still at {@code expectedVersion}:
     * the version the caller read (If-Match), or null not to check.
     */
    public Team removeMember(Actor actor, RemoveTeamMember command, Long expectedVersion) {
        requireNonNull(command, "command");
        Team team = load(command.team());
        access.require(actor, Permission.MANAGE_TEAMS, team.unit());
        ExpectedVersion.check("team", team.id(), expectedVersion, team.version());
        team.release(command.volunteer());
        Team stored = teams.store(team);
        events.publish(new TeamMemberLeft(stored.id(), command.volunteer(), clock.instant()));
        return stored;
    }

    /**
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}
     */
    public Team get(Actor actor, TeamId id) {
        Team team = load(id);
        access.require(actor, Permission.VIEW, team.unit());
        return team;
    }

    /** Teams of exactly {@code unit}, by name. Needs {@link Permission#VIEW} there. */
    public Page<Team> list(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        return teams.byUnit(unit, page);
    }

    private Team load(TeamId id) {
        return teams.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "team", "id", id));
    }
}
