package org.civility.portal.record;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.civility.core.record.RecordSettings;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordService;

/**
 * One run of the forgotten check-out job in its own JTA transaction: closes every session whose scheduled end lies
 * more than the check-out grace ({@link RecordSettings#CHECK_OUT_GRACE_MINUTES}'s default, the longest any unit
 * allows) in the past, so that a volunteer checking out late with the code is never overtaken.
 */
@ApplicationScoped
public class ForgottenCheckOuts {

    @Inject
    ServiceRecordService records;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ServiceRecord> closeNow() {
        Duration grace = Duration.ofMinutes(RecordSettings.CHECK_OUT_GRACE_MINUTES.defaultValue());
        return records.closeForgotten(clock.instant().minus(grace));
    }
}
