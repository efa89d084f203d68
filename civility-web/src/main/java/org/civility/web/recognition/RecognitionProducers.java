package org.civility.web.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.governance.PolicySettings;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.recognition.CommendationGathering;
import org.civility.core.recognition.NamingConsentRepository;
import org.civility.core.recognition.NamingConsentService;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.recognition.RecognitionSettings;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.support.FeatureSettings;

import java.time.Clock;

/**
 * Produces, over the deployment's {@link PointsLedgerRepository} and {@link NamingConsentRepository}, the
 * {@link RecognitionService}, the
 * {@link NamingConsentService}, the {@link CommendationGathering} of R-RECG-1 and the feature's settings (star thresholds, points, expiry, commendation
 * quotas: {@link RecognitionSettings#ALL}).
 */
@ApplicationScoped
public class RecognitionProducers {

    @Produces
    public RecognitionService recognitionService(PointsLedgerRepository ledger, AccessControl access,
                                                 PolicySettings settings, Clock clock, IdSource ids,
                                                 EventPublisher events) {
        return new RecognitionService(ledger, access, settings, clock, ids, events);
    }

    @Produces
    public NamingConsentService namingConsentService(NamingConsentRepository consents, Clock clock,
                                                     EventPublisher events) {
        return new NamingConsentService(consents, clock, events);
    }

    @Produces
    public CommendationGathering commendationGathering(UnitRepository units, VolunteerRepository volunteers,
                                                       TeamRepository teams, PointsLedgerRepository ledger,
                                                       ServiceOrderRepository orders,
                                                       NamingConsentRepository consents, PolicySettings settings) {
        return new CommendationGathering(units, volunteers, teams, ledger, orders, consents, settings);
    }

    @Produces
    public FeatureSettings recognitionSettings() {
        return new FeatureSettings("recognition", RecognitionSettings.ALL);
    }
}
