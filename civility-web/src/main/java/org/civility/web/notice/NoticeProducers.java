package org.civility.web.notice;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.civility.core.access.AccessControl;
import org.civility.core.governance.PolicySettings;
import org.civility.core.notice.AnnouncedAheadPolicy;
import org.civility.core.notice.NoticeRepository;
import org.civility.core.notice.NoticeService;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.web.support.FeatureSettings;

/**
 * Produces the notice feature's port and {@link NoticeService} on the container's persistence
 * context, so announcing joins the caller's transaction (the outbox is written with it). The
 * {@link org.civility.core.notice.NoticeDispatcher} needs the portal's notifier and is built by the portal.
 */
@ApplicationScoped
public class NoticeProducers {

    @Produces
    public NoticeService noticeService(NoticeRepository notices, AccessControl access, PolicySettings settings,
                                       Clock clock, IdSource ids, EventPublisher events) {
        return new NoticeService(notices, access, settings, clock, ids, events);
    }

    @Produces
    public FeatureSettings noticeSettings() {
        return FeatureSettings.of("notice", AnnouncedAheadPolicy.MIN_LEAD_HOURS);
    }
}
