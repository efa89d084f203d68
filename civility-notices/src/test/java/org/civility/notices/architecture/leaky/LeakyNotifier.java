package org.civility.notices.architecture.leaky;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.persistence.elsewhere.StorageInternals;
import org.civility.web.elsewhere.ProblemCodes;

/** A notifier that reaches into the web and storage adapters: what the guard must refuse. */
public class LeakyNotifier implements Notifier {

    @Override
    public void send(Channel channel, NoticeMessage message) {
        ProblemCodes.of(StorageInternals.table());
    }
}
