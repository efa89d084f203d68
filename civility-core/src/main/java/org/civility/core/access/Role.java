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
     * R-ACC-1 lets an administrator grant only roles whose every permission they hold: ADMINISTRATOR, DUTY_STAFF,
     * LEADERSHIP_GROUP and COMMITTEE; not HEAD (care details, audit trail), nor LECTURER, VOLUNTEER or RESIDENT, whose
     * participation permissions (GIVE_LECTURES, SIGN_UP, VOTE) administrators do not hold.
     */
    ADMINISTRATOR(EnumSet.of(VIEW, MANAGE_UNITS, MANAGE_VENUES, BOOK_VENUES, APPROVE_VENUE_USE,
            SIGN_VENUE_CHECKLIST, MANAGE_TEAMS, REGISTER_VOLUNTEERS, VIEW_PERSONAL_DATA, CONFIGURE_POLICIES,
            MANAGE_ACTIVITIES, MANAGE_LECTURES, MANAGE_APPRAISALS, MANAGE_CARE, MANAGE_CELEBRATIONS, ANNOUNCE,
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
    /** Residents' committee (居委会/村委会) member: approves non-practice use of venues (R-VEN-2). */
    COMMITTEE(EnumSet.of(VIEW, APPROVE_VENUE_USE)),
    /** Lecturer (宣讲员). */
    LECTURER(EnumSet.of(VIEW, BOOK_VENUES, GIVE_LECTURES, SIGN_UP)),
    /** A registered volunteer. */
    VOLUNTEER(EnumSet.of(VIEW, SIGN_UP, GIVE_LECTURES)),
    /** A resident. */
    RESIDENT(EnumSet.of(VIEW, SIGN_UP, VOTE));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
