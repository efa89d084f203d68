package org.civility.core.account;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.shared.Decision;
import org.civility.core.shared.ErrorKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoPrivilegeEscalationPolicyTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final NoPrivilegeEscalationPolicy policy = new NoPrivilegeEscalationPolicy(new AccessControl(tree));
    private final Actor instituteAdmin = Actor.of("institute-admin", new RoleGrant(Role.ADMINISTRATOR, tree.institute));
    private final Actor instituteHead = Actor.of("institute-head", new RoleGrant(Role.HEAD, tree.institute));

    @Test
    @DisplayName("R-ACC-1 an administrator grants the roles whose permissions they hold, inside their subtree")
    void anAdministratorGrantsStaffRolesBelowThem() {
        for (Role role : new Role[]{Role.ADMINISTRATOR, Role.DUTY_STAFF, Role.COMMITTEE}) {
            assertThat(decide(instituteAdmin, role, tree.station).isAllowed()).as(role.name()).isTrue();
            assertThat(decide(instituteAdmin, role, tree.institute).isAllowed()).as(role.name()).isTrue();
        }
    }

    @Test
    @DisplayName("R-VEN-2 R-ACC-1 an administrator grants COMMITTEE without approving venue use themselves")
    void anAdministratorGrantsTheCommitteeWithoutItsApproval() {
        assertThat(Role.ADMINISTRATOR.grants(Permission.APPROVE_VENUE_USE)).isFalse();
        assertThat(Role.COMMITTEE.permissionsToGrant()).containsExactlyInAnyOrder(Permission.VIEW,
                Permission.CONFIRM_RECOMMENDATIONS);

        assertThat(decide(instituteAdmin, Role.COMMITTEE, tree.station).isAllowed()).isTrue();
        assertThat(decide(instituteAdmin, Role.COMMITTEE, tree.otherStation)).isInstanceOfSatisfying(
                Decision.Rejected.class, r -> assertThat(r.args()).containsEntry("missing", "VIEW,CONFIRM_RECOMMENDATIONS,MANAGE_ACCOUNTS"));
        Actor member = Actor.of("member", new RoleGrant(Role.COMMITTEE, tree.station));
        assertThat(decide(member, Role.COMMITTEE, tree.station)).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.args()).containsEntry("missing", "MANAGE_ACCOUNTS"));
    }

    @Test
    @DisplayName("R-ACC-1 only an office's own permissions are left out of what a granter must hold")
    void everyOtherRoleNeedsEveryPermission() {
        for (Role role : Role.values()) {
            assertThat(role.permissions()).as(role.name()).containsAll(role.permissionsToGrant());
            if (role != Role.COMMITTEE) {
                assertThat(role.permissionsToGrant()).as(role.name()).isEqualTo(role.permissions());
            }
        }
    }

    @Test
    @DisplayName("R-ACC-1 no grant outside one's own subtree, naming MANAGE_ACCOUNTS as missing")
    void noGrantOutsideTheSubtree() {
        Decision decision = decide(instituteAdmin, Role.DUTY_STAFF, tree.otherStation);

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.code().code()).isEqualTo(NoPrivilegeEscalationPolicy.RULE);
            assertThat(r.code().kind()).isEqualTo(ErrorKind.FORBIDDEN);
            assertThat(r.args()).containsEntry("role", "DUTY_STAFF").containsEntry("unit", tree.otherStation);
            assertThat((String) r.args().get("missing")).isEqualTo(
                    "VIEW,BOOK_VENUES,SIGN_VENUE_CHECKLIST,PLACE_ORDERS_FOR_RESIDENTS,MANAGE_ACCOUNTS");
        });
        assertThat(decide(instituteAdmin, Role.DUTY_STAFF, tree.center).isAllowed()).isFalse();
    }

    @Test
    @DisplayName("R-ACC-1 an administrator cannot make a head: venue approval, care details, the audit trail")
    void noHeadFromAnAdministrator() {
        Decision decision = decide(instituteAdmin, Role.HEAD, tree.station);

        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, r -> assertThat(r.args()).containsEntry(
                "missing", "APPROVE_VENUE_USE,SIGN_UP,GIVE_LECTURES,VOTE,VIEW_CARE_DETAILS,VIEW_AUDIT_TRAIL"));
    }

    @Test
    @DisplayName("R-ACC-1 participation roles carry permissions administrators lack, so a head grants them")
    void participationRolesNeedAHead() {
        for (Role role : new Role[]{Role.RESIDENT, Role.VOLUNTEER, Role.LECTURER}) {
            assertThat(decide(instituteAdmin, role, tree.station).isAllowed()).as(role.name()).isFalse();
            assertThat(decide(instituteHead, role, tree.station).isAllowed()).as(role.name()).isTrue();
        }
    }

    @Test
    @DisplayName("R-ACC-1 a head grants any role, a head too, but only below themself")
    void aHeadGrantsAnyRoleInTheirSubtree() {
        for (Role role : Role.values()) {
            assertThat(decide(instituteHead, role, tree.point).isAllowed()).as(role.name()).isTrue();
        }
        assertThat(decide(instituteHead, Role.HEAD, tree.otherInstitute).isAllowed()).isFalse();
    }

    @Test
    @DisplayName("R-ACC-1 permissions held through several roles at or above the unit add up")
    void permissionsFromSeveralRolesAddUp() {
        Actor adminAndResident = Actor.of("both", new RoleGrant(Role.ADMINISTRATOR, tree.institute),
                new RoleGrant(Role.RESIDENT, tree.station));
        Actor adminAndVolunteer = Actor.of("both", new RoleGrant(Role.ADMINISTRATOR, tree.institute),
                new RoleGrant(Role.VOLUNTEER, tree.station));

        assertThat(decide(adminAndResident, Role.RESIDENT, tree.point).isAllowed()).isTrue();
        assertThat(decide(adminAndResident, Role.RESIDENT, tree.institute).isAllowed()).isFalse();
        assertThat(decide(adminAndVolunteer, Role.LECTURER, tree.station).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-ACC-1 staff without MANAGE_ACCOUNTS grant nothing, not even their own role")
    void staffWithoutManageAccountsGrantNothing() {
        Actor duty = Actor.of("duty", new RoleGrant(Role.DUTY_STAFF, tree.station));

        assertThat(decide(duty, Role.DUTY_STAFF, tree.station)).isInstanceOfSatisfying(Decision.Rejected.class,
                r -> assertThat(r.args()).containsEntry("missing", "MANAGE_ACCOUNTS"));
    }

    private Decision decide(Actor actor, Role role, org.civility.core.organisation.UnitId unit) {
        return policy.evaluate(new NoPrivilegeEscalationPolicy.RoleChange(actor, new RoleGrant(role, unit)));
    }
}
