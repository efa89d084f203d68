package org.civility.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.SignInSessionRepository;
import org.civility.core.account.SignUpCodeRepository;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.audit.AuditTrail;
import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.idempotency.IdempotentReplyRepository;
import org.civility.core.lecture.LectureRepository;
import org.civility.core.lecture.LectureRequestRepository;
import org.civility.core.lecture.StudyPlanRepository;
import org.civility.core.notice.NoticeRepository;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.recognition.NamingConsentRepository;
import org.civility.core.recognition.PointsLedgerRepository;
import org.civility.core.record.ChainHeadRepository;
import org.civility.core.record.CheckInCodeRepository;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.resource.RecentLoad;
import org.civility.core.resource.ServiceOfferRepository;
import org.civility.core.team.TeamRepository;
import org.civility.core.venue.BookingRepository;
import org.civility.core.venue.VenueRepository;
import org.civility.core.volunteer.ImportProgressRepository;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.persistence.account.JpaAccountRepository;
import org.civility.persistence.account.JpaSignInSessionRepository;
import org.civility.persistence.account.JpaSignUpCodeRepository;
import org.civility.persistence.activity.JpaActivityRecordRepository;
import org.civility.persistence.activity.JpaActivityRepository;
import org.civility.persistence.appraisal.JpaAppraisalCampaignRepository;
import org.civility.persistence.appraisal.JpaHouseholdRepository;
import org.civility.persistence.appraisal.JpaRecommendationRepository;
import org.civility.persistence.assessment.JpaStationAssessmentRepository;
import org.civility.persistence.assistance.JpaCarePairingRepository;
import org.civility.persistence.assistance.JpaCareRecipientRepository;
import org.civility.persistence.audit.JpaAuditTrail;
import org.civility.persistence.celebration.JpaFamilyCeremonyRepository;
import org.civility.persistence.certificate.JpaServiceCertificateRepository;
import org.civility.persistence.governance.JpaPolicySettingsRepository;
import org.civility.persistence.idempotency.JpaIdempotentReplyRepository;
import org.civility.persistence.lecture.JpaLectureRepository;
import org.civility.persistence.lecture.JpaLectureRequestRepository;
import org.civility.persistence.lecture.JpaStudyPlanRepository;
import org.civility.persistence.notice.JpaNoticeRepository;
import org.civility.persistence.order.JpaMenuItemRepository;
import org.civility.persistence.order.JpaServiceOrderRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.recognition.JpaNamingConsentRepository;
import org.civility.persistence.recognition.JpaPointsLedgerRepository;
import org.civility.persistence.record.JpaChainHeadRepository;
import org.civility.persistence.record.JpaCheckInCodeRepository;
import org.civility.persistence.record.JpaServiceRecordRepository;
import org.civility.persistence.resource.JpaRecentLoad;
import org.civility.persistence.resource.JpaServiceOfferRepository;
import org.civility.persistence.team.JpaTeamRepository;
import org.civility.persistence.venue.JpaBookingRepository;
import org.civility.persistence.venue.JpaVenueRepository;
import org.civility.persistence.volunteer.JpaImportProgressRepository;
import org.civility.persistence.volunteer.JpaVolunteerRepository;

/**
 * The JPA implementations of core's ports, as CDI beans of this jar: a deployment that puts this jar beside
 * civility-web gets its repositories from here, on the container's persistence context of the unit {@code civility},
 * so each joins the caller's transaction. A portal with storage of its own leaves this jar out and produces the same
 * port types itself (see README, "Embedding").
 *
 * <p>The repositories are {@code @Dependent} (one per injection point, each a thin wrapper over the injected
 * container-managed entity manager, which is itself a proxy to the current transaction's context).
 */
@ApplicationScoped
public class JpaPorts {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Produces
    public AccountRepository accountRepository() {
        return new JpaAccountRepository(em);
    }

    @Produces
    public SignInSessionRepository signInSessionRepository() {
        return new JpaSignInSessionRepository(em);
    }

    @Produces
    public SignUpCodeRepository signUpCodes() {
        return new JpaSignUpCodeRepository(em);
    }

    @Produces
    public ActivityRepository activityRepository() {
        return new JpaActivityRepository(em);
    }

    @Produces
    public ActivityRecordRepository activityRecordRepository() {
        return new JpaActivityRecordRepository(em);
    }

    @Produces
    public AppraisalCampaignRepository appraisalCampaignRepository() {
        return new JpaAppraisalCampaignRepository(em);
    }

    @Produces
    public RecommendationRepository recommendationRepository() {
        return new JpaRecommendationRepository(em);
    }

    @Produces
    public HouseholdRepository householdRepository() {
        return new JpaHouseholdRepository(em);
    }

    @Produces
    public CarePairingRepository carePairingRepository() {
        return new JpaCarePairingRepository(em);
    }

    @Produces
    public CareRecipientRepository careRecipientRepository() {
        return new JpaCareRecipientRepository(em);
    }

    @Produces
    public AuditTrail auditTrail() {
        return new JpaAuditTrail(em);
    }

    @Produces
    public StationAssessmentRepository stationAssessmentRepository() {
        return new JpaStationAssessmentRepository(em);
    }

    @Produces
    public FamilyCeremonyRepository familyCeremonyRepository() {
        return new JpaFamilyCeremonyRepository(em);
    }

    @Produces
    public ServiceCertificateRepository serviceCertificateRepository() {
        return new JpaServiceCertificateRepository(em);
    }

    @Produces
    public PolicySettingsRepository policySettingsRepository() {
        return new JpaPolicySettingsRepository(em);
    }

    @Produces
    public ImportProgressRepository importProgressRepository() {
        return new JpaImportProgressRepository(em);
    }

    @Produces
    public IdempotentReplyRepository idempotentReplyRepository() {
        return new JpaIdempotentReplyRepository(em);
    }

    @Produces
    public LectureRepository lectureRepository() {
        return new JpaLectureRepository(em);
    }

    @Produces
    public LectureRequestRepository lectureRequestRepository() {
        return new JpaLectureRequestRepository(em);
    }

    @Produces
    public StudyPlanRepository studyPlanRepository() {
        return new JpaStudyPlanRepository(em);
    }

    @Produces
    public NoticeRepository noticeRepository() {
        return new JpaNoticeRepository(em);
    }

    @Produces
    public MenuItemRepository menuItemRepository() {
        return new JpaMenuItemRepository(em);
    }

    @Produces
    public ServiceOrderRepository serviceOrderRepository() {
        return new JpaServiceOrderRepository(em);
    }

    @Produces
    public UnitRepository unitRepository() {
        return new JpaUnitRepository(em);
    }

    @Produces
    public NamingConsentRepository namingConsentRepository() {
        return new JpaNamingConsentRepository(em);
    }

    @Produces
    public PointsLedgerRepository pointsLedgerRepository() {
        return new JpaPointsLedgerRepository(em);
    }

    @Produces
    public ChainHeadRepository chainHeadRepository() {
        return new JpaChainHeadRepository(em);
    }

    @Produces
    public CheckInCodeRepository checkInCodeRepository() {
        return new JpaCheckInCodeRepository(em);
    }

    @Produces
    public ServiceRecordRepository serviceRecordRepository() {
        return new JpaServiceRecordRepository(em);
    }

    @Produces
    public RecentLoad recentLoad() {
        return new JpaRecentLoad(em);
    }

    @Produces
    public ServiceOfferRepository serviceOfferRepository() {
        return new JpaServiceOfferRepository(em);
    }

    @Produces
    public TeamRepository teamRepository() {
        return new JpaTeamRepository(em);
    }

    @Produces
    public BookingRepository bookingRepository() {
        return new JpaBookingRepository(em);
    }

    @Produces
    public VenueRepository venueRepository() {
        return new JpaVenueRepository(em);
    }

    @Produces
    public VolunteerRepository volunteerRepository() {
        return new JpaVolunteerRepository(em);
    }
}
