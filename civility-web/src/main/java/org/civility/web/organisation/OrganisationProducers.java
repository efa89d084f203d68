package org.civility.web.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.organisation.OrganisationService;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import java.time.Clock;

/**
 * Produces the {@link OrganisationService}. The {@link UnitRepository} it works on comes from
 * {@link org.civility.web.support.CoreAccess}, which access control shares.
 */
@ApplicationScoped
public class OrganisationProducers {

    @Produces
    public OrganisationService organisationService(UnitRepository units, AccessControl access, Clock clock,
                                                   IdSource ids, EventPublisher events) {
        return new OrganisationService(units, access, clock, ids, events);
    }
}
