package org.civility.web.resource;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.governance.PolicySettings;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.resource.CandidateFinder;
import org.civility.core.resource.CandidateIndex;
import org.civility.core.resource.OfferService;
import org.civility.core.resource.OfferSettings;
import org.civility.core.resource.RecentLoad;
import org.civility.core.resource.ServiceOfferRepository;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.web.support.FeatureSettings;

/**
 * Produces the {@link OfferService} and the {@link CandidateFinder} over the deployment's repositories. The finders
 * share one {@link CandidateIndex} of the resource list, which checks the list's revision before each use.
 */
@ApplicationScoped
public class ResourceProducers {

    private final CandidateIndex index = new CandidateIndex();

    @Produces
    public OfferService offerService(ServiceOfferRepository offers, TeamRepository teams, AccessControl access,
                                     Clock clock, IdSource ids, EventPublisher events) {
        return new OfferService(offers, teams, access, clock, ids, events);
    }

    @Produces
    public CandidateFinder candidateFinder(ServiceOrderRepository orders, MenuItemRepository items,
                                           ServiceOfferRepository offers, TeamRepository teams, UnitRepository units,
                                           RecentLoad recentLoad, AccessControl access, PolicySettings settings,
                                           Clock clock) {
        return new CandidateFinder(orders, items, offers, teams, units, recentLoad, access, settings, clock, index);
    }

    @Produces
    public FeatureSettings offerSettings() {
        return FeatureSettings.of("offer", OfferSettings.LOAD_WINDOW_DAYS);
    }
}
