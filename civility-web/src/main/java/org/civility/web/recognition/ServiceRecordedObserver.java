package org.civility.web.recognition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.record.ServiceRecorded;
import org.civility.persistence.record.JpaServiceRecordRepository;

/**
 * Credits every appended service record entry to the volunteer's points ledger ({@link RecordCrediting}).
 * The observer is synchronous, so the credit joins the transaction that appended the entry: an entry and
 * its points are stored together or not at all.
 */
@ApplicationScoped
public class ServiceRecordedObserver {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Inject
    RecognitionService recognition;

    void onRecorded(@Observes ServiceRecorded event) {
        // The record feature's producers are not this package's to define: read records through a private store.
        new RecordCrediting(new JpaServiceRecordRepository(em), recognition).credit(event);
    }
}
