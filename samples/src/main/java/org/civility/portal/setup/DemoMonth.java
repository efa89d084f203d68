package org.civility.portal.setup;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityService;
import org.civility.core.activity.PlanActivity;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.Theme;
import org.civility.core.assistance.AssistanceService;
import org.civility.core.assistance.CareCategory;
import org.civility.core.assistance.CareRecipientSummary;
import org.civility.core.assistance.RegisterCareRecipient;
import org.civility.core.assistance.StartCarePairing;
import org.civility.core.governance.PolicySettings;
import org.civility.core.lecture.Lecture;
import org.civility.core.lecture.LectureService;
import org.civility.core.lecture.LectureTheme;
import org.civility.core.lecture.RecordLectureGiven;
import org.civility.core.lecture.ScheduleLecture;
import org.civility.core.order.CompleteOrder;
import org.civility.core.order.OrderEscalation;
import org.civility.core.order.OrderItem;
import org.civility.core.order.OrderService;
import org.civility.core.order.PlaceOrder;
import org.civility.core.order.RateOrder;
import org.civility.core.order.Rating;
import org.civility.core.order.ReviewOrder;
import org.civility.core.order.ServiceOrder;
import org.civility.core.order.ServiceOrderRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.NamingConsentService;
import org.civility.core.record.MakeUp;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.civility.portal.setup.DemoData.DEMO_VOLUNTEER;
import static org.civility.portal.setup.DemoData.MENU_ESCORT;
import static org.civility.portal.setup.DemoData.MENU_HAIRCUT;
import static org.civility.portal.setup.DemoData.MENU_SHOPPING;
import static org.civility.portal.setup.DemoData.STATION_YUANDONG;
import static org.civility.portal.setup.DemoData.STATION_YUANXI;
import static org.civility.portal.setup.DemoData.demoUuid;

/**
 * The demo network's current month, so the dashboards show real numbers whenever the portal starts: activities of
 * every practice form held at 圆东村 and a few at 圆西村, two lectures given at 圆东村 (圆西村 has none yet, so
 * it misses R-LECT-1), orders in several states, two orders escalated to 圆东镇 (R-ORD-2), two care pairings
 * overdue for a visit (R-HELP-1), made-up service hours, and the demo volunteer's consent to be named in rankings.
 * Everything goes through core's services with the actors who would do it; times are spread between the first
 * day of the month (Asia/Shanghai) and now, so they are in the current month and in the past.
 */
@Dependent
public class DemoMonth {

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    @Inject
    ActivityService activities;

    @Inject
    LectureService lectures;

    @Inject
    AssistanceService assistance;

    @Inject
    ServiceRecordService records;

    @Inject
    NamingConsentService consents;

    @Inject
    OrderEscalation escalation;

    @Inject
    ServiceOrderRepository orderStore;

    @Inject
    TeamRepository teams;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    AccessControl access;

    @Inject
    PolicySettings settings;

    @Inject
    IdSource ids;

    @Inject
    EventPublisher events;

    private Instant now;
    private Instant monthStart;

    /** Loads the month; called once, inside the demo data's transaction. */
    void load() {
        now = clock.instant();
        monthStart = YearMonth.from(now.atZone(zone)).atDay(1).atStartOfDay(zone).toInstant();
        holdActivities();
        giveLectures();
        placeOrders();
        pairForCare();
        recordHours();
        consentToNaming();
    }

    /** An instant {@code fraction} of the way from the month's start to now. */
    private Instant inMonth(double fraction) {
        long span = Duration.between(monthStart, now).toSeconds();
        return monthStart.plusSeconds((long) (span * fraction));
    }

    private void holdActivities() {
        Actor yuandong = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        held(yuandong, STATION_YUANDONG, PracticeForm.LECTURE, Set.of(Theme.THOUGHT, Theme.POLICY), "党的创新理论进农家", 0.10);
        held(yuandong, STATION_YUANDONG, PracticeForm.LECTURE, Set.of(Theme.POLICY), "惠农政策解读会", 0.35);
        held(yuandong, STATION_YUANDONG, PracticeForm.APPRAISAL, Set.of(Theme.MORALITY), "“好家风”评议会", 0.20);
        held(yuandong, STATION_YUANDONG, PracticeForm.ASSISTANCE, Set.of(Theme.SKILLS, Theme.MORALITY), "为老人义剪", 0.30);
        held(yuandong, STATION_YUANDONG, PracticeForm.ASSISTANCE, Set.of(Theme.SKILLS), "家电义务维修", 0.55);
        held(yuandong, STATION_YUANDONG, PracticeForm.RECREATION, Set.of(Theme.CULTURE), "广场舞展演", 0.45);
        held(yuandong, STATION_YUANDONG, PracticeForm.RECREATION, Set.of(Theme.CULTURE, Theme.THOUGHT), "红色电影放映", 0.65);
        held(yuandong, STATION_YUANDONG, PracticeForm.CELEBRATION, Set.of(Theme.CULTURE, Theme.MORALITY), "敬老宴", 0.75);
        Actor yuanxi = Actor.of("yuanxi-admin", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANXI));
        held(yuanxi, STATION_YUANXI, PracticeForm.RECREATION, Set.of(Theme.CULTURE), "村晚排练", 0.25);
        held(yuanxi, STATION_YUANXI, PracticeForm.ASSISTANCE, Set.of(Theme.SKILLS), "农技培训", 0.60);
    }

    private void held(Actor admin, UnitId unit, PracticeForm form, Set<Theme> themes, String title, double when) {
        Instant start = inMonth(when);
        Activity planned = activities.plan(admin, new PlanActivity(unit, form, themes, title, "", start,
                start.plus(Duration.ofMinutes(90)), Optional.empty(), Optional.empty()));
        activities.markHeld(admin, planned.id());
    }

    private void giveLectures() {
        Actor admin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        VolunteerId expert = new VolunteerId(demoUuid("expert-sun"));
        VolunteerId speaker = new VolunteerId(demoUuid("speaker-he"));
        given(admin, "学习贯彻全会精神", LectureTheme.THOUGHT, expert, "孙立新", 0.15);
        given(admin, "身边好人故事分享", LectureTheme.MORALITY, speaker, "何秀兰", 0.50);
    }

    private void given(Actor admin, String topic, LectureTheme theme, VolunteerId speaker, String name, double when) {
        Instant start = inMonth(when);
        Lecture lecture = lectures.schedule(admin, new ScheduleLecture(STATION_YUANDONG, topic, Set.of(theme), start,
                start.plus(Duration.ofMinutes(90)), speaker, name, "备课提纲：要点、案例、互动问答"));
        lectures.recordGiven(admin, new RecordLectureGiven(lecture.id(), Optional.of(start), 40));
    }

    /**
     * Orders of the month at 圆东村: one served and rated, one accepted, one reviewed and one just placed; and two
     * placed three days ago that nobody took, escalated now to 圆东镇 as the scheduler would (R-ORD-2).
     */
    private void placeOrders() {
        Actor resident = Actor.of("resident", new RoleGrant(Role.RESIDENT, STATION_YUANDONG));
        Actor admin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        Actor zhou = Actor.of("volunteer", new RoleGrant(Role.VOLUNTEER, STATION_YUANDONG))
                .asVolunteer(DEMO_VOLUNTEER.value());

        Instant t = inMonth(0.30);
        ServiceOrder haircut = at(t).place(resident, new PlaceOrder(STATION_YUANDONG, "圆东村村民",
                new OrderItem.FromMenu(MENU_HAIRCUT), "给家里老人理发", Optional.empty()));
        at(t.plusSeconds(600)).review(admin, new ReviewOrder(haircut.id(), "", false));
        at(t.plusSeconds(900)).openForGrabs(admin, haircut.id());
        at(t.plusSeconds(1200)).accept(zhou, haircut.id());
        at(t.plusSeconds(1800)).start(zhou, haircut.id());
        at(t.plusSeconds(4800)).complete(zhou, new CompleteOrder(haircut.id(), "已为老人理发"));
        at(t.plusSeconds(6000)).rate(resident, new RateOrder(haircut.id(), new Rating(5, "很满意")));

        Instant u = inMonth(0.70);
        ServiceOrder shopping = at(u).place(resident, new PlaceOrder(STATION_YUANDONG, "圆东村村民",
                new OrderItem.FromMenu(MENU_SHOPPING), "代买米面油", Optional.empty()));
        at(u.plusSeconds(600)).review(admin, new ReviewOrder(shopping.id(), "", false));
        at(u.plusSeconds(900)).openForGrabs(admin, shopping.id());
        at(u.plusSeconds(1200)).accept(zhou, shopping.id());

        Instant recent = later(now.minus(Duration.ofHours(2)), inMonth(0.90));
        ServiceOrder light = at(recent).place(resident, new PlaceOrder(STATION_YUANDONG, "圆东村村民",
                new OrderItem.Wish("修理楼道灯"), "", Optional.empty()));
        at(recent.plusSeconds(60)).review(admin, new ReviewOrder(light.id(), "", false));
        at(later(now.minus(Duration.ofHours(1)), inMonth(0.95))).place(resident, new PlaceOrder(STATION_YUANDONG,
                "圆东村村民", new OrderItem.Wish("借阅大字版图书"), "", Optional.empty()));

        Instant overdue = now.minus(Duration.ofDays(3));
        at(overdue).place(resident, new PlaceOrder(STATION_YUANDONG, "圆东村村民",
                new OrderItem.FromMenu(MENU_ESCORT), "陪同老人去县医院复查", Optional.empty()));
        at(overdue).place(Actor.of("yuanxi-resident", new RoleGrant(Role.RESIDENT, STATION_YUANXI)),
                new PlaceOrder(STATION_YUANXI, "圆西村村民", new OrderItem.Wish("修缮院墙"), "", Optional.empty()));
        escalation.escalateOverdue(now);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The order service as it was at {@code at}: the steps carry their own times. */
    private OrderService at(Instant at) {
        return new OrderService(orderStore, teams, volunteers, access, settings, Clock.fixed(at, zone), ids, events);
    }

    /** Two elders paired three weeks ago with a weekly visit, never visited: overdue (R-HELP-1). */
    private void pairForCare() {
        Actor admin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        LocalDate started = LocalDate.ofInstant(now, zone).minusDays(21);
        CareRecipientSummary elder = assistance.register(admin, new RegisterCareRecipient(STATION_YUANDONG,
                CareCategory.EMPTY_NEST_ELDER, "赵大爷", Optional.empty(), Optional.of(1948), "圆东村三组 12 号",
                Optional.empty(), "独居，行动不便", Optional.empty()));
        assistance.pair(admin, new StartCarePairing(elder.id(), List.of(DEMO_VOLUNTEER), 7, Optional.of(started)));
        CareRecipientSummary child = assistance.register(admin, new RegisterCareRecipient(STATION_YUANDONG,
                CareCategory.LEFT_BEHIND_CHILD, "小丽", Optional.empty(), Optional.of(2016), "圆东村五组 3 号",
                Optional.empty(), "父母在外务工，需课业辅导", Optional.empty()));
        assistance.pair(admin, new StartCarePairing(child.id(), List.of(new VolunteerId(demoUuid("student-lin"))), 14,
                Optional.of(started.minusDays(10))));
    }

    /** Service the administrators made up this month for a doctor's free clinic and the elders' storytelling. */
    private void recordHours() {
        Actor admin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        madeUp(admin, new VolunteerId(demoUuid("doctor-wu")), "义诊", "圆东村卫生室", 0.40, 120);
        madeUp(admin, new VolunteerId(demoUuid("elder-zheng")), "革命传统故事会", "圆东村文化礼堂", 0.50, 90);
    }

    private void madeUp(Actor admin, VolunteerId volunteer, String what, String where, double when, int minutes) {
        Instant start = inMonth(when);
        Instant end = start.plus(Duration.ofMinutes(minutes));
        if (end.isAfter(now)) {
            end = now;
        }
        if (Duration.between(start, end).toMinutes() >= 1) {
            records.makeUp(admin, new MakeUp(volunteer, STATION_YUANDONG, Optional.empty(), what, where, start, end,
                    180, Optional.empty()));
        }
    }

    /**
     * 周晓明 agrees to be named in commendation rankings (DOMAIN §6a); the others have not answered, so rankings show
     * how unnamed volunteers appear.
     */
    private void consentToNaming() {
        consents.answer(Actor.of("volunteer", new RoleGrant(Role.VOLUNTEER, STATION_YUANDONG))
                .asVolunteer(DEMO_VOLUNTEER.value()), DEMO_VOLUNTEER, true);
    }
}
