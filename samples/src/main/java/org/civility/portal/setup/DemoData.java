package org.civility.portal.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
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
import org.civility.persistence.account.AccountStore;
import org.civility.persistence.account.StoredAccount;
import org.civility.persistence.organisation.JpaUnitRepository;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The demo set: one county center, two institutes, the 圆东村 station (with its leadership, two grids
 * and a partner kindergarten), and one account per role (password {@value #DEMO_PASSWORD}). Loaded in
 * one transaction, only into a database without accounts.
 */
@ApplicationScoped
public class DemoData {

    public static final String DEMO_PASSWORD = "civility-demo";

    public static final UnitId CENTER = demoUnit("center");
    public static final UnitId INSTITUTE_YUANDONG = demoUnit("institute-yuandong");
    public static final UnitId INSTITUTE_CHENGNAN = demoUnit("institute-chengnan");
    public static final UnitId STATION_YUANDONG = demoUnit("station-yuandong");

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    /** Stable ids, so the demo accounts can name their units before the units exist. */
    static UnitId demoUnit(String name) {
        return new UnitId(UUID.nameUUIDFromBytes(("civility-demo:" + name).getBytes(StandardCharsets.UTF_8)));
    }

    /** @return true if the data was loaded, false if the database already held accounts */
    @Transactional
    public boolean loadIfEmpty() {
        AccountStore accounts = new AccountStore(em);
        if (accounts.count() > 0) {
            return false;
        }
        foundUnits(new JpaUnitRepository(em));
        account(accounts, "center-head", "县中心主任", new RoleGrant(Role.HEAD, CENTER));
        account(accounts, "institute-admin", "圆东镇实践所管理员", new RoleGrant(Role.ADMINISTRATOR, INSTITUTE_YUANDONG));
        account(accounts, "chengnan-admin", "城南街道实践所管理员", new RoleGrant(Role.ADMINISTRATOR, INSTITUTE_CHENGNAN));
        account(accounts, "station-head", "圆东村站长", new RoleGrant(Role.HEAD, STATION_YUANDONG));
        account(accounts, "station-admin", "圆东村管理员", new RoleGrant(Role.ADMINISTRATOR, STATION_YUANDONG));
        account(accounts, "duty-staff", "圆东村值班人员", new RoleGrant(Role.DUTY_STAFF, STATION_YUANDONG));
        account(accounts, "committee", "圆东村村委会委员", new RoleGrant(Role.COMMITTEE, STATION_YUANDONG));
        account(accounts, "lecturer", "圆东村宣讲员", new RoleGrant(Role.LECTURER, STATION_YUANDONG));
        account(accounts, "volunteer", "圆东村志愿者", new RoleGrant(Role.VOLUNTEER, STATION_YUANDONG));
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
        units.store(station);
    }

    private void account(AccountStore accounts, String username, String displayName, RoleGrant grant) {
        accounts.save(new StoredAccount(username, passwordHash.generate(DEMO_PASSWORD.toCharArray()), displayName,
                Set.of(grant), Optional.empty()));
    }
}
