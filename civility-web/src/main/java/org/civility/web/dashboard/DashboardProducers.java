package org.civility.web.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.dashboard.DashboardService;
import org.civility.core.lecture.LectureService;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecordRepository;

import java.time.Clock;
import java.time.ZoneId;

/** Produces core's {@link DashboardService} on the ports and services the other features produce. */
@ApplicationScoped
public class DashboardProducers {

    @Produces
    public DashboardService dashboardService(AccessControl access, UnitRepository units, ActivityRepository activities,
                                             ServiceOrderRepository orders, ServiceRecordRepository records,
                                             LectureService lectures, AssistanceService assistance, Clock clock,
                                             ZoneId zone) {
        return new DashboardService(access, units, activities, orders, records, lectures, assistance, clock, zone);
    }
}
