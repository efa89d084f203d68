package org.civility.core.access;

import java.util.EnumSet;
import java.util.Set;

import static org.civility.core.access.Permission.*;

/**
 * What an actor may be at a unit. A role held at a unit covers that unit and every unit below
 * it, and nothing else (see {@link AccessControl}).
 */
public enum Role {
    /**
     * Head of a unit (站长, 所长, 中心主任): everything at and below the unit, including care
     * recipients' details (R-HELP-1) and the audit trail, which administrators do not see. Holding every
     * permission, a head is the one who may grant any role (R-ACC-1), heads and residents included.
     */
    HEAD(EnumSet.allOf(Permission.class)),
    /**
     * Administrator (管理员): runs activities and daily work, and the accounts of the staff below (DOMAIN §9).
     * Other use of a venue is the residents' committee's to approve (R-VEN-2), so administrators do not hold
     * APPROVE_VENUE_USE; a county or township may widen it to them by setting ({@code venue.other-use-approvers}).
     * R-ACC-1 lets an administrator grant only roles whose permissions they hold ({@link #permissionsToGrant()}):
     * ADMINISTRATOR, DUTY_STAFF, LEADERSHIP_GROUP, and COMMITTEE, whose approval comes with the office; not HEAD
     * (care details, audit trail), nor LECTURER, VOLUNTEER or RESIDENT, whose participation permissions
     * (GIVE_LECTURES, SIGN_UP, VOTE) administrators do not hold.
     */
    ADMINISTRATOR(EnumSet.of(VIEW, MANAGE_UNITS, MANAGE_VENUES, BOOK_VENUES, SIGN_VENUE_CHECKLIST, MANAGE_TEAMS,
            REGISTER_VOLUNTEERS, VIEW_PERSONAL_DATA, CONFIGURE_POLICIES, MANAGE_ACTIVITIES, MANAGE_LECTURES,
            MANAGE_APPRAISALS, CONFIRM_RECOMMENDATIONS, MANAGE_CARE, MANAGE_CELEBRATIONS, ANNOUNCE,
            PLACE_ORDERS_FOR_RESIDENTS, ISSUE_CERTIFICATES, MANAGE_ACCOUNTS, ASSESS_STATIONS)),
    /**
     * Duty staff (值班人员): uses venues and signs their closing checklist; places orders for residents without a
     * phone.
     */
    DUTY_STAFF(EnumSet.of(VIEW, BOOK_VENUES, SIGN_VENUE_CHECKLIST, PLACE_ORDERS_FOR_RESIDENTS)),
    /**
     * Member of a unit's leadership group (领导小组, DOMAIN §1): organises, coordinates and supervises, and assesses
     * the stations below (R-ASSESS-1). An administrator may grant it.
     */
    LEADERSHIP_GROUP(EnumSet.of(VIEW, ASSESS_STATIONS)),
    /**
     * Residents' committee (居委会/村委会) member: approves non-practice use of venues (R-VEN-2) and confirms or
     * declines residents' recommendations of good people (R-APPR-2). Committee members are elected by the residents,
     * not empowered by the station: an account manager records the office without holding APPROVE_VENUE_USE (R-ACC-1,
     * ADR 0034); administrators hold CONFIRM_RECOMMENDATIONS themselves.
     */
    COMMITTEE(EnumSet.of(VIEW, APPROVE_VENUE_USE, CONFIRM_RECOMMENDATIONS), EnumSet.of(APPROVE_VENUE_USE)),
    /** Lecturer (宣讲员). */
    LECTURER(EnumSet.of(VIEW, BOOK_VENUES, GIVE_LECTURES, SIGN_UP)),
    /** A registered volunteer. */
    VOLUNTEER(EnumSet.of(VIEW, SIGN_UP, GIVE_LECTURES)),
    /** A resident: signs up, votes and objects in appraisals, recommends good people (R-APPR-2). */
    RESIDENT(EnumSet.of(VIEW, SIGN_UP, VOTE));

    private final Set<Permission> permissions;
    private final Set<Permission> permissionsToGrant;

    Role(Set<Permission> permissions) {
        this(permissions, EnumSet.noneOf(Permission.class));
    }

    /** A role some of whose permissions come with an office held outside the portal ({@code ofTheOffice}). */
    Role(Set<Permission> permissions, Set<Permission> ofTheOffice) {
        this.permissions = Set.copyOf(permissions);
        EnumSet<Permission> toGrant = EnumSet.copyOf(permissions);
        toGrant.removeAll(ofTheOffice);
        this.permissionsToGrant = Set.copyOf(toGrant);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /**
     * The permissions whoever grants or revokes this role must hold themselves at the unit (R-ACC-1): all of the
     * role's, except those that come with an office people are elected or appointed to outside the portal, which
     * an account manager only records (the committee's APPROVE_VENUE_USE). Never more than {@link #permissions()}.
     */
    public Set<Permission> permissionsToGrant() {
        return permissionsToGrant;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
