package org.civility.portal.notice;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.civility.core.notice.Notifier;
import org.civility.notices.NoticeRecipients;
import org.civility.notices.RoutingNotifier;
import org.civility.notices.SentLedger;

/**
 * The portal's one {@link Notifier} (ADR 0037): civility-notices' {@link RoutingNotifier}, built from the
 * {@code civility.notices.*} settings ({@link NoticesConfiguration}), reaching the unit's volunteers
 * ({@link VolunteerNoticeRecipients}), with the {@link LoggingNotifier} as its {@code log} provider. With nothing
 * configured every notice, alert and sign-up code goes to that logging notifier, as before.
 *
 * <p>Built when the portal starts, so a refused configuration stops the start with a message naming the setting
 * rather than failing the first notice; closed when the portal stops. Which recipients of a delivery are done is kept
 * in memory ({@link SentLedger#inMemory()}): a restart between two attempts of one delivery may send it again to
 * those already reached.
 */
@ApplicationScoped
public class NotifierProducer {

    private static final Logger LOG = Logger.getLogger(NotifierProducer.class.getName());

    @Produces
    @Singleton
    public Notifier notifier(LoggingNotifier log, NoticeRecipients recipients) {
        try {
            return RoutingNotifier.create(NoticesConfiguration.ofThisPortal(), recipients, SentLedger.inMemory(), log);
        } catch (IllegalStateException e) {
            LOG.severe(e.getMessage());
            throw e;
        }
    }

    public void close(@Disposes Notifier notifier) {
        if (notifier instanceof RoutingNotifier routing) {
            routing.close();
        }
    }

    /** Asks for the notifier first thing at start: a configuration it refuses fails the deployment. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class)
                 Object ignored, Notifier notifier) {
        LOG.fine(() -> "civility notices ready: " + notifier.getClass().getSimpleName());
    }
}
