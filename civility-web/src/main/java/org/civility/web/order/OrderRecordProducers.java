package org.civility.web.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civility.core.access.AccessControl;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.persistence.record.JpaServiceRecordRepository;

import java.time.Clock;

/**
 * Produces the service-record ports the order API needs ({@link ServiceRecordRepository},
 * {@link ServiceRecordService}) while no record feature of the web adapter produces them. Exactly one producer of
 * each may exist in a deployment: once a record feature produces them, this class goes.
 */
@ApplicationScoped
public class OrderRecordProducers {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Produces
    public ServiceRecordRepository serviceRecordRepository() {
        return new JpaServiceRecordRepository(em);
    }

    @Produces
    public ServiceRecordService serviceRecordService(ServiceRecordRepository records, AccessControl access,
                                                     Clock clock, IdSource ids, EventPublisher events) {
        return new ServiceRecordService(records, access, clock, ids, events);
    }
}
