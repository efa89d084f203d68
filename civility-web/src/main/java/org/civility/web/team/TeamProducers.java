package org.civility.web.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.access.UnitHierarchy;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.team.TeamService;
import org.civility.core.volunteer.VolunteerRepository;

import java.time.Clock;

/**
 * Produces the {@link TeamService} over the deployment's {@link TeamRepository}, which reads volunteers through the port produced by
 * {@link org.civility.web.volunteer.VolunteerProducers} and the unit tree from
 * {@link org.civility.web.support.CoreAccess}.
 */
@ApplicationScoped
public class TeamProducers {

    @Produces
    public TeamService teamService(TeamRepository teams, VolunteerRepository volunteers, AccessControl access,
                                   UnitHierarchy hierarchy, Clock clock, IdSource ids, EventPublisher events) {
        return new TeamService(teams, volunteers, access, hierarchy, clock, ids, events);
    }
}
