package org.civility.portal.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.SignUpCodeRepository;
import org.civility.core.activity.ActivityRecordRepository;
import org.civility.core.activity.ActivityRepository;
import org.civility.core.appraisal.AppraisalCampaignRepository;
import org.civility.core.appraisal.HouseholdRepository;
import org.civility.core.appraisal.RecommendationRepository;
import org.civility.core.assistance.CarePairingRepository;
import org.civility.core.assistance.CareRecipientRepository;
import org.civility.core.audit.AuditTrail;
import org.civility.core.assessment.StationAssessmentRepository;
import org.civility.core.celebration.FamilyCeremonyRepository;
import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.governance.PolicySettingsRepository;
import org.civility.core.idempotency.IdempotentReplyRepository;
import org.civility.core.lecture.LectureRepository;
import org.civility.core.lecture.LectureRequestRepository;
import org.civility.core.lecture.StudyPlanRepository;
import org.civility.core.memory.InMemoryAccountRepository;
import org.civility.core.memory.InMemoryActivityRecordRepository;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryAppraisalCampaignRepository;
import org.civility.core.memory.InMemoryAuditTrail;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.memory.InMemoryCarePairingRepository;
import org.civility.core.memory.InMemoryCareRecipientRepository;
import org.civility.core.memory.InMemoryChainHeadRepository;
import org.civility.core.memory.InMemoryCheckInCodeRepository;
import org.civility.core.memory.InMemoryFamilyCeremonyRepository;
import org.civility.core.memory.InMemoryRecommendationRepository;
import org.civility.core.memory.InMemoryStationAssessmentRepository;
import org.civility.core.memory.InMemoryHouseholdRepository;
import org.civility.core.memory.InMemoryIdempotentReplyRepository;
import org.civility.core.memory.InMemoryImportProgressRepository;
import org.civility.core.volunteer.ImportProgressRepository;
import org.civility.core.memory.InMemoryLectureRepository;
import org.civility.core.memory.InMemoryLectureRequestRepository;
import org.civility.core.memory.InMemoryMenuItemRepository;
import org.civility.core.memory.InMemoryNamingConsentRepository;
import org.civility.core.memory.InMemoryNoticeRepository;
import org.civility.core.memory.InMemoryPointsLedgerRepository;
import org.civility.core.memory.InMemoryPolicySettingsRepository;
import org.civility.core.memory.InMemoryServiceCertificateRepository;
import org.civility.core.memory.InMemoryServiceOfferRepository;
import org.civility.core.memory.InMemoryServiceOrderRepository;
import org.civility.core.memory.InMemoryServiceRecordRepository;
import org.civility.core.memory.InMemorySignUpCodeRepository;
import org.civility.core.memory.InMemoryStudyPlanRepository;
import org.civility.core.memory.InMemoryTeamRepository;
import org.civility.core.memory.InMemoryUnitRepository;
import org.civility.core.memory.InMemoryVenueRepository;
import org.civility.core.memory.InMemoryVolunteerRepository;
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
import org.civility.core.volunteer.VolunteerRepository;

/**
 * A portal's own storage, here core's in-memory repositories: every port civility-web needs, produced by the portal
 * instead of civility-persistence's {@code JpaPorts}. The repositories live as long as the application.
 */
@ApplicationScoped
public class MemoryStorage {

    private final InMemoryAccountRepository accountRepository = new InMemoryAccountRepository();
    private final InMemoryActivityRepository activityRepository = new InMemoryActivityRepository();
    private final InMemoryActivityRecordRepository activityRecordRepository =
            new InMemoryActivityRecordRepository();
    private final InMemoryAppraisalCampaignRepository appraisalCampaignRepository = new InMemoryAppraisalCampaignRepository();
    private final InMemoryRecommendationRepository recommendationRepository = new InMemoryRecommendationRepository();
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    private final InMemoryBookingRepository bookingRepository = new InMemoryBookingRepository();
    private final InMemoryCarePairingRepository carePairingRepository = new InMemoryCarePairingRepository();
    private final InMemoryCareRecipientRepository careRecipientRepository = new InMemoryCareRecipientRepository();
    private final InMemoryChainHeadRepository chainHeadRepository = new InMemoryChainHeadRepository();
    private final InMemoryCheckInCodeRepository checkInCodeRepository = new InMemoryCheckInCodeRepository();
    private final InMemoryFamilyCeremonyRepository familyCeremonyRepository = new InMemoryFamilyCeremonyRepository();
    private final InMemoryStationAssessmentRepository stationAssessmentRepository =
            new InMemoryStationAssessmentRepository();
    private final InMemoryHouseholdRepository householdRepository = new InMemoryHouseholdRepository();
    private final InMemoryIdempotentReplyRepository idempotentReplyRepository = new InMemoryIdempotentReplyRepository();
    private final InMemoryImportProgressRepository importProgressRepository = new InMemoryImportProgressRepository();
    private final InMemoryLectureRepository lectureRepository = new InMemoryLectureRepository();
    private final InMemoryLectureRequestRepository lectureRequestRepository = new InMemoryLectureRequestRepository();
    private final InMemoryMenuItemRepository menuItemRepository = new InMemoryMenuItemRepository();
    private final InMemoryNamingConsentRepository namingConsentRepository = new InMemoryNamingConsentRepository();
    private final InMemoryNoticeRepository noticeRepository = new InMemoryNoticeRepository();
    private final InMemoryPointsLedgerRepository pointsLedgerRepository = new InMemoryPointsLedgerRepository();
    private final InMemoryPolicySettingsRepository policySettingsRepository = new InMemoryPolicySettingsRepository();
    private final InMemoryServiceCertificateRepository serviceCertificateRepository = new InMemoryServiceCertificateRepository();
    private final InMemoryServiceOfferRepository serviceOfferRepository = new InMemoryServiceOfferRepository();
    private final InMemoryServiceOrderRepository serviceOrderRepository = new InMemoryServiceOrderRepository();
    private final InMemoryServiceRecordRepository serviceRecordRepository = new InMemoryServiceRecordRepository();
    private final InMemorySignUpCodeRepository signUpCodeRepository = new InMemorySignUpCodeRepository();
    private final InMemoryStudyPlanRepository studyPlanRepository = new InMemoryStudyPlanRepository();
    private final InMemoryTeamRepository teamRepository = new InMemoryTeamRepository();
    private final InMemoryUnitRepository unitRepository = new InMemoryUnitRepository();
    private final InMemoryVenueRepository venueRepository = new InMemoryVenueRepository();
    private final InMemoryVolunteerRepository volunteerRepository = new InMemoryVolunteerRepository();

    @Produces
    public AccountRepository accountRepository() {
        return accountRepository;
    }

    @Produces
    public ActivityRepository activityRepository() {
        return activityRepository;
    }

    @Produces
    public ActivityRecordRepository activityRecordRepository() {
        return activityRecordRepository;
    }

    @Produces
    public AppraisalCampaignRepository appraisalCampaignRepository() {
        return appraisalCampaignRepository;
    }

    @Produces
    public RecommendationRepository recommendationRepository() {
        return recommendationRepository;
    }

    @Produces
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Produces
    public BookingRepository bookingRepository() {
        return bookingRepository;
    }

    @Produces
    public CarePairingRepository carePairingRepository() {
        return carePairingRepository;
    }

    @Produces
    public CareRecipientRepository careRecipientRepository() {
        return careRecipientRepository;
    }

    @Produces
    public ChainHeadRepository chainHeadRepository() {
        return chainHeadRepository;
    }

    @Produces
    public CheckInCodeRepository checkInCodeRepository() {
        return checkInCodeRepository;
    }

    @Produces
    public FamilyCeremonyRepository familyCeremonyRepository() {
        return familyCeremonyRepository;
    }

    @Produces
    public StationAssessmentRepository stationAssessmentRepository() {
        return stationAssessmentRepository;
    }

    @Produces
    public HouseholdRepository householdRepository() {
        return householdRepository;
    }

    @Produces
    public ImportProgressRepository importProgressRepository() {
        return importProgressRepository;
    }

    @Produces
    public IdempotentReplyRepository idempotentReplyRepository() {
        return idempotentReplyRepository;
    }

    @Produces
    public LectureRepository lectureRepository() {
        return lectureRepository;
    }

    @Produces
    public LectureRequestRepository lectureRequestRepository() {
        return lectureRequestRepository;
    }

    @Produces
    public MenuItemRepository menuItemRepository() {
        return menuItemRepository;
    }

    @Produces
    public NamingConsentRepository namingConsentRepository() {
        return namingConsentRepository;
    }

    @Produces
    public NoticeRepository noticeRepository() {
        return noticeRepository;
    }

    @Produces
    public PointsLedgerRepository pointsLedgerRepository() {
        return pointsLedgerRepository;
    }

    @Produces
    public PolicySettingsRepository policySettingsRepository() {
        return policySettingsRepository;
    }

    @Produces
    public ServiceCertificateRepository serviceCertificateRepository() {
        return serviceCertificateRepository;
    }

    @Produces
    public ServiceOfferRepository serviceOfferRepository() {
        return serviceOfferRepository;
    }

    @Produces
    public ServiceOrderRepository serviceOrderRepository() {
        return serviceOrderRepository;
    }

    @Produces
    public ServiceRecordRepository serviceRecordRepository() {
        return serviceRecordRepository;
    }

    @Produces
    public SignUpCodeRepository signUpCodeRepository() {
        return signUpCodeRepository;
    }

    @Produces
    public StudyPlanRepository studyPlanRepository() {
        return studyPlanRepository;
    }

    @Produces
    public TeamRepository teamRepository() {
        return teamRepository;
    }

    @Produces
    public UnitRepository unitRepository() {
        return unitRepository;
    }

    @Produces
    public VenueRepository venueRepository() {
        return venueRepository;
    }

    @Produces
    public VolunteerRepository volunteerRepository() {
        return volunteerRepository;
    }

    /** No load known: matching counts every volunteer as free. */
    @Produces
    public RecentLoad recentLoad() {
        return RecentLoad.none();
    }
}
