package org.civility.portal.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.CommitteePost;
import org.civility.core.organisation.Grid;
import org.civility.core.organisation.LeadershipRole;
import org.civility.core.organisation.LeadershipSeat;
import org.civility.core.organisation.Partner;
import org.civility.core.organisation.PartnerKind;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.CheckIn;
import org.civility.core.record.CheckOut;
import org.civility.core.record.MakeUp;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.shared.PageRequest;
import org.civility.persistence.account.AccountStore;
import org.civility.persistence.account.StoredAccount;
import org.civility.core.organisation.StaffAssignment;
import org.civility.core.organisation.StaffRole;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.team.FiveEldersCategory;
import org.civility.core.team.Profession;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamKind;
import org.civility.core.team.TeamMember;
import org.civility.core.team.TeamRepository;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.MenuItemRepository;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerOrigin;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.team.JpaTeamRepository;
import org.civility.persistence.order.JpaMenuItemRepository;
import org.civility.persistence.volunteer.JpaVolunteerRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The demo set: one county center, two institutes, the 圆东村 station (with its leadership, staff, two
 * grids and a partner kindergarten), its volunteers and its five teams (篇1: expert, professional,
 * volunteer, five-elders and grassroots-speaker), its project menu (理发, 代购, 陪诊, 家电维修), some weeks
 * of their service records (credited to the points ledger like any record), and one account per role (password
 * {@value #DEMO_PASSWORD}); the {@code volunteer} account is linked to its own volunteer record.
 * The demo volunteer has a few service records of 2025 at the station and at its library practice
 * point (so certificates can be issued), appended through the record service (hash-chained).
 * A second station, 圆西村, and the current month's activities, lectures, orders, care pairings and hours
 * ({@link DemoMonth}) give the dashboards real numbers.
 * Loaded only when the operator asks for it ({@code CIVILITY_DEMO=true}), in one transaction, only into a
 * database without units. The ID and phone numbers are
 * made up (valid check digits, fictitious people).
 */
@ApplicationScoped
public class DemoData {

    public static final String DEMO_PASSWORD = "civility-demo";

    public static final UnitId CENTER = demoUnit("center");
    public static final UnitId INSTITUTE_YUANDONG = demoUnit("institute-yuandong");
    public static final UnitId INSTITUTE_CHENGNAN = demoUnit("institute-chengnan");
    public static final UnitId STATION_YUANDONG = demoUnit("station-yuandong");
    /** A second station of 圆东镇, so overviews compare stations (it holds activities, but no lecture yet). */
    public static final UnitId STATION_YUANXI = demoUnit("station-yuanxi");
    /** A practice point (实践点) below the 圆东村 station. */
    public static final UnitId POINT_LIBRARY = demoUnit("point-library");
    /** The volunteer record of the {@code volunteer} demo account. */
    public static final VolunteerId DEMO_VOLUNTEER = new VolunteerId(demoUuid("volunteer-zhou"));
    /** Items of 圆东村's project menu (项目清单) residents can order. */
    public static final MenuItemId MENU_HAIRCUT = new MenuItemId(demoUuid("menu-haircut"));
    public static final MenuItemId MENU_SHOPPING = new MenuItemId(demoUuid("menu-shopping"));
    public static final MenuItemId MENU_ESCORT = new MenuItemId(demoUuid("menu-escort"));
    public static final MenuItemId MENU_REPAIR = new MenuItemId(demoUuid("menu-repair"));

    private static final Instant FOUNDED = Instant.parse("2022-06-07T00:00:00Z");

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    ServiceRecordService records;

    @Inject
    DemoMonth month;

    /** Stable ids, so the demo accounts can name their units before the units exist. */
    static UnitId demoUnit(String name) {
        return new UnitId(demoUuid(name));
    }

    static UUID demoUuid(String name) {
        return UUID.nameUUIDFromBytes(("civility-demo:" + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Loads the demo set into a database that holds no units yet (R-ACC-3: never into one in service).
     *
     * @return true if the data was loaded, false if the database already held units
     */
    @Transactional
    public boolean loadIfEmpty() {
        JpaUnitRepository units = new JpaUnitRepository(em);
        if (!units.roots(PageRequest.first(1)).items().isEmpty()) {
            return false;
        }
        AccountStore accounts = new AccountStore(em);
        foundUnits(units);
        formTeams(new JpaVolunteerRepository(em), new JpaTeamRepository(em));
        listMenu(new JpaMenuItemRepository(em));
        recordService();
        recordPastService();
        month.load();
        account(accounts, "center-head", "县中心主任", new RoleGrant(Role.HEAD, CENTER));
        account(accounts, "institute-admin", "圆东镇实践所管理员", new RoleGrant(Role.ADMINISTRATOR, INSTITUTE_YUANDONG));
        account(accounts, "chengnan-admin", "城南街道实践所管理员", new RoleGrant(Role.ADMINISTRATOR, INSTITUTE_CHENGNAN));
        account(accounts, "station-head", "圆东村站长", new RoleGrant(Role.HEAD, STATION_YUANDONG));
        account(accounts, "station-admin", "圆东村管理员", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        account(accounts, "duty-staff", "圆东村值班人员", new RoleGrant(Role.DUTY_STAFF, STATION_YUANDONG));
        account(accounts, "committee", "圆东村村委会委员", new RoleGrant(Role.COMMITTEE, STATION_YUANDONG));
        account(accounts, "lecturer", "圆东村宣讲员", new RoleGrant(Role.LECTURER, STATION_YUANDONG));
        accounts.save(new StoredAccount("volunteer", passwordHash.generate(DEMO_PASSWORD.toCharArray()), "周晓明",
                Set.of(new RoleGrant(Role.VOLUNTEER, STATION_YUANDONG)), Optional.of(DEMO_VOLUNTEER.value())));
        account(accounts, "resident", "圆东村村民", new RoleGrant(Role.RESIDENT, STATION_YUANDONG));
        return true;
    }

    /**
     * The demo network, stored directly: bootstrap data, not a user's command (no access check, no
     * events). Parents first, as the foreign keys want.
     */
    private static void foundUnits(UnitRepository units) {
        units.store(Unit.foundCenter(CENTER, "示范县新时代文明实践中心"));
        units.store(Unit.foundInstitute(INSTITUTE_YUANDONG, "圆东镇新时代文明实践所", CENTER));
        units.store(Unit.foundInstitute(INSTITUTE_CHENGNAN, "城南街道新时代文明实践所", CENTER));
        Unit station = Unit.foundStation(STATION_YUANDONG, "圆东村新时代文明实践站", INSTITUTE_YUANDONG);
        station.appoint(new LeadershipSeat("李建华", CommitteePost.PARTY_SECRETARY, LeadershipRole.HEAD));
        station.appoint(new LeadershipSeat("王淑芬", CommitteePost.COMMITTEE_DIRECTOR, LeadershipRole.DEPUTY_HEAD));
        station.appoint(new LeadershipSeat("张国强", CommitteePost.COMMITTEE_MEMBER, LeadershipRole.MEMBER));
        station.addGrid(new Grid("村东网格", 14));
        station.addGrid(new Grid("村西网格", 12));
        station.addPartner(new Partner("圆东村幼儿园", PartnerKind.KINDERGARTEN));
        station.assignStaff(StaffAssignment.of("李建华", StaffRole.LEADERSHIP_GROUP));
        station.assignStaff(StaffAssignment.of("王淑芬", StaffRole.LEADERSHIP_GROUP));
        station.assignStaff(StaffAssignment.of("陈文华", StaffRole.LECTURER));
        station.assignStaff(StaffAssignment.of("赵敏", StaffRole.ADMINISTRATOR));
        units.store(station);
        units.store(Unit.foundPoint(POINT_LIBRARY, "圆东村农家书屋实践点", STATION_YUANDONG));
        units.store(Unit.foundStation(STATION_YUANXI, "圆西村新时代文明实践站", INSTITUTE_YUANDONG));
    }

    /**
     * The demo volunteer's service in 2025, as the station's administrator made it up: 4.5 hours at the
     * station (one entry corrected from 120 to 90 minutes) and 1.5 hours at the library point. Appended
     * through {@link ServiceRecordService}, so each unit's hash chain is intact, and published like any entry.
     */
    private void recordPastService() {
        Actor admin = Actor.of("赵敏", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        served(records, admin, STATION_YUANDONG, "学雷锋文明劝导", "圆东村主干道",
                Instant.parse("2025-03-05T01:00:00Z"), 120, Optional.empty());
        var haircuts = served(records, admin, STATION_YUANDONG, "为老人理发", "圆东村文化礼堂",
                Instant.parse("2025-06-20T06:00:00Z"), 120, Optional.empty());
        served(records, admin, STATION_YUANDONG, "为老人理发", "圆东村文化礼堂",
                Instant.parse("2025-06-20T06:00:00Z"), 90, Optional.of(haircuts.id()));
        served(records, admin, STATION_YUANDONG, "关爱独居老人", "圆东村",
                Instant.parse("2025-09-09T01:00:00Z"), 60, Optional.empty());
        served(records, admin, POINT_LIBRARY, "农家书屋图书整理", "圆东村农家书屋",
                Instant.parse("2025-04-10T01:00:00Z"), 90, Optional.empty());
    }

    /** An administrator's make-up of {@code minutes} from {@code from}, for an activity scheduled for 3 hours. */
    private static ServiceRecord served(ServiceRecordService records, Actor admin,
            UnitId unit, String what, String where, Instant from, int minutes, Optional<ServiceRecordId> corrects) {
        return records.makeUp(admin, new MakeUp(DEMO_VOLUNTEER, unit, Optional.empty(), what, where, from,
                from.plusSeconds(minutes * 60L), 180, corrects));
    }

    /** Volunteers of 圆东村 and its five teams (篇1). */
    private static void formTeams(VolunteerRepository volunteers, TeamRepository teams) {
        record Person(String key, String name, String birth, String seq, String phone, VolunteerOrigin origin,
                      List<String> skills) {
        }
        List<Person> people = List.of(
                new Person("volunteer-zhou", "周晓明", "19900315", "021", "13800000001", VolunteerOrigin.RESIDENT,
                        List.of("助老", "文艺")),
                new Person("expert-sun", "孙立新", "19650722", "013", "13800000002",
                        VolunteerOrigin.SERVING_PARTY_MEMBER, List.of("理论宣讲")),
                new Person("doctor-wu", "吴春梅", "19780509", "024", "13800000003", VolunteerOrigin.OTHER,
                        List.of("义诊", "健康讲座")),
                new Person("elder-zheng", "郑德福", "19520118", "015", "13800000004",
                        VolunteerOrigin.RETIRED_CULTURE_WORKER, List.of("革命传统教育")),
                new Person("speaker-he", "何秀兰", "19710930", "026", "13800000005", VolunteerOrigin.RESIDENT,
                        List.of("好人故事")),
                new Person("student-lin", "林雨萱", "20030611", "028", "13800000006",
                        VolunteerOrigin.COLLEGE_STUDENT, List.of("课业辅导")));
        for (Person p : people) {
            String first17 = "330100" + p.birth() + p.seq();
            volunteers.store(Volunteer.register(new VolunteerId(demoUuid(p.key())), STATION_YUANDONG, p.name(),
                    ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)), PhoneNumber.of(p.phone()),
                    p.origin(), p.skills(), Optional.empty(), FOUNDED));
        }
        team(teams, "team-expert", TeamKind.EXPERT, "圆东村专家志愿服务队",
                member("expert-sun", null, null));
        team(teams, "team-professional", TeamKind.PROFESSIONAL, "圆东村专业志愿服务队",
                member("doctor-wu", null, Profession.DOCTOR));
        team(teams, "team-volunteer", TeamKind.VOLUNTEER, "圆东村志愿者队伍",
                member("volunteer-zhou", null, null), member("student-lin", null, null));
        team(teams, "team-five-elders", TeamKind.FIVE_ELDERS, "圆东村“五老”志愿服务队",
                member("elder-zheng", FiveEldersCategory.VETERAN_PARTY_MEMBER, null));
        team(teams, "team-grassroots", TeamKind.GRASSROOTS_SPEAKER, "圆东村草根宣讲队",
                member("speaker-he", null, null));
    }

    /** 圆东村's project menu (项目清单). */
    private static void listMenu(MenuItemRepository items) {
        menuItem(items, MENU_HAIRCUT, "理发", "为行动不便的老人上门理发", "理发");
        menuItem(items, MENU_SHOPPING, "代购", "代购米面油、药品等生活用品", "助老");
        menuItem(items, MENU_ESCORT, "陪诊", "陪同老人到镇卫生院就诊", "助老", "义诊");
        menuItem(items, MENU_REPAIR, "家电维修", "维修电视、电饭煲等小家电", "家电维修");
    }

    private static void menuItem(MenuItemRepository items, MenuItemId id, String name, String description,
                                 String... skills) {
        MenuItem item = MenuItem.list(id, STATION_YUANDONG, name, description);
        item.requireSkills(List.of(skills));
        items.store(item);
    }

    /**
     * Service records of the last weeks, appended through core's record service so each unit's hash chain is
     * right, and published like any entry, so the portal credits them to the points ledger (hours → points):
     * 周晓明 checked in and out 26 times for 4 hours (104 h self-recorded, star 1, 104 points) and the
     * administrator made up 3 hours for him (no points by default); 林雨萱 served 10 times 3 hours.
     */
    private void recordService() {
        Instant firstDay = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(40, ChronoUnit.DAYS);
        serve(records, DEMO_VOLUNTEER, firstDay.plus(1, ChronoUnit.HOURS), 26, 4, "敬老院助老服务", "圆东村敬老院");
        serve(records, new VolunteerId(demoUuid("student-lin")), firstDay.plus(6, ChronoUnit.HOURS), 10, 3,
                "留守儿童课业辅导", "圆东村文化礼堂");
        Actor admin = Actor.of("station-admin", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        Instant makeUpStart = firstDay.plus(30, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
        served(records, admin, STATION_YUANDONG, "文明实践站值守（补录）", "圆东村新时代文明实践站", makeUpStart, 180,
                Optional.empty());
    }

    /** One check-in and check-out a day for {@code days} days, {@code hours} hours each. */
    private static void serve(ServiceRecordService records, VolunteerId volunteer, Instant first, int days, int hours,
                              String what, String where) {
        Actor self = Actor.of("demo-volunteer", new RoleGrant(Role.VOLUNTEER, STATION_YUANDONG))
                .asVolunteer(volunteer.value());
        for (int day = 0; day < days; day++) {
            Instant start = first.plus(day, ChronoUnit.DAYS);
            Instant end = start.plus(hours, ChronoUnit.HOURS);
            ServiceRecord session = records.checkIn(self, new CheckIn(volunteer, STATION_YUANDONG, Optional.empty(),
                    what, where, start, end, start, Optional.empty(), false));
            records.checkOut(self, new CheckOut(session.id(), end));
        }
    }

    private static TeamMember member(String key, FiveEldersCategory category, Profession profession) {
        return new TeamMember(new VolunteerId(demoUuid(key)), Optional.ofNullable(category),
                Optional.ofNullable(profession), FOUNDED);
    }

    private static void team(TeamRepository teams, String key, TeamKind kind, String name, TeamMember... members) {
        Team team = Team.form(new TeamId(demoUuid(key)), STATION_YUANDONG, kind, name, FOUNDED);
        for (TeamMember m : members) {
            team.admit(m);
        }
        teams.store(team);
    }

    private void account(AccountStore accounts, String username, String displayName, RoleGrant grant) {
        accounts.save(new StoredAccount(username, passwordHash.generate(DEMO_PASSWORD.toCharArray()), displayName,
                Set.of(grant), Optional.empty()));
    }
}
