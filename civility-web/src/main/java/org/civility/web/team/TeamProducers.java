package org.civility.web.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civility.core.access.AccessControl;
import org.civility.core.access.UnitHierarchy;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.team.TeamService;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.persistence.team.JpaTeamRepository;

import java.time.Clock;

/**
 * Produces the {@link TeamRepository} port (on the container's persistence context) and the
 * {@link TeamService}, which reads volunteers through the port produced by
 * {@link org.civility.web.volunteer.VolunteerProducers} and the unit tree from
 * {@link org.civility.web.support.CoreAccess}.
 */
@ApplicationScoped
public class TeamProducers {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Produces
    public TeamRepository teamRepository() {
        return new JpaTeamRepository(em);
    }

    @Produces
    public TeamService teamService(TeamRepository teams, VolunteerRepository volunteers, AccessControl access,
                                   UnitHierarchy hierarchy, Clock clock, IdSource ids, EventPublisher events) {
        return new TeamService(teams, volunteers, access, hierarchy, clock, ids, events);
    }
}
