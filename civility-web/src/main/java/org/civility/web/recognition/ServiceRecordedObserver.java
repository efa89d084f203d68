package org.civility.web.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceRecorded;

/**
 * Credits every appended service record entry to the volunteer's points ledger ({@link RecordCrediting}).
 * The observer is synchronous, so the credit joins the transaction that appended the entry: an entry and
 * its points are stored together or not at all.
 */
@ApplicationScoped
public class ServiceRecordedObserver {

    @Inject
    ServiceRecordRepository records;

    @Inject
    RecognitionService recognition;

    void onRecorded(@Observes ServiceRecorded event) {
        new RecordCrediting(records, recognition).credit(event);
    }
}
