package org.civility.web.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.access.AccessControl;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.activity.ActivityRecordService;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.activity.ActivityService;
import org.civility.core.activity.ActivitySettings;
import org.civility.core.governance.PolicySettings;
import org.civility.core.lecture.MaterialStorage;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.venue.BookingRepository;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.web.certificate.CertificatePdf;
import org.civility.web.support.FeatureSettings;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Produces the {@link ActivityService} over the deployment's {@link ActivityRepository}, which checks bookings through the port produced by
 * {@link org.civility.web.venue.VenueProducers} and reckons seasons in the configured zone; the
 * {@link ActivityRecordService} of the records of held activities (R-ACT-1), whose photos go to the lecture archive's
 * {@link MaterialStorage}, with the {@link ActivityRecordPdf} of a month's report set in the certificates' font
 * ({@code civility.certificate.font}); and the feature's settings.
 */
@ApplicationScoped
public class ActivityProducers {

    @Produces
    public ActivityService activityService(ActivityRepository activities, BookingRepository bookings,
                                           AccessControl access, Clock clock, IdSource ids, EventPublisher events,
                                           ZoneId zone) {
        return new ActivityService(activities, bookings, access, clock, ids, events, zone);
    }

    @Produces
    public ActivityRecordService activityRecordService(ActivityRecordRepository records,
                                                       ActivityRepository activities,
                                                       ServiceRecordRepository serviceRecords,
                                                       VolunteerRepository volunteers, UnitRepository units,
                                                       MaterialStorage storage, AccessControl access,
                                                       PolicySettings settings, Clock clock, IdSource ids,
                                                       EventPublisher events, ZoneId zone) {
        return new ActivityRecordService(records, activities, serviceRecords, volunteers, units, storage, access,
                settings, clock, ids, events, zone);
    }

    @Produces
    public ActivityRecordPdf activityRecordPdf(CertificatePdf certificates) {
        return new ActivityRecordPdf(certificates.font());
    }

    @Produces
    public FeatureSettings activitySettings() {
        return FeatureSettings.of("activity", ActivitySettings.MAX_RECORD_PHOTO_MB, ActivitySettings.MAX_RECORD_PHOTOS);
    }
}
