package org.civility.core.access;

/** What a command needs. Roles bundle permissions. */
public enum Permission {
    VIEW,
    MANAGE_UNITS,
    MANAGE_VENUES,
    BOOK_VENUES,
    APPROVE_VENUE_USE,
    SIGN_VENUE_CHECKLIST,
    MANAGE_TEAMS,
    REGISTER_VOLUNTEERS,
    /** See ID and phone numbers of volunteers in full. */
    VIEW_PERSONAL_DATA,
    CONFIGURE_POLICIES,
    /** Plan, schedule and cancel activities of any practice form. */
    MANAGE_ACTIVITIES,
    /** Sign up for an activity, or cancel one's own sign-up. */
    SIGN_UP,
    /** Keep the yearly study plan and the lecture archive. */
    MANAGE_LECTURES,
    /** Prepare, give and review a lecture (R-LECT-2 also checks who may). */
    GIVE_LECTURES,
    /** Run appraisal campaigns (评): nominations, notice, objections, awards. */
    MANAGE_APPRAISALS,
    /**
     * Take part in an appraisal (评) as a resident: cast a household's vote, raise an objection, recommend a good
     * person (R-APPR-2).
     */
    VOTE,
    /**
     * Confirm residents' recommendations of good people into nominations, or decline them, and read them with who
     * recommended (R-APPR-2: the residents' committee, 居委/村委).
     */
    CONFIRM_RECOMMENDATIONS,
    /** Register care recipients and pairings (帮). */
    MANAGE_CARE,
    /** See care recipients' personal details (R-HELP-1: besides the paired volunteers). */
    VIEW_CARE_DETAILS,
    /** Register weddings and funerals with the red-and-white affairs council (庆, R-CELE-1). */
    MANAGE_CELEBRATIONS,
    /** Announce activities through notices (R-NOTE-1). */
    ANNOUNCE,
    /** Place (and rate) a resident's order on behalf of a resident without a phone (代点单, DOMAIN §5). */
    PLACE_ORDERS_FOR_RESIDENTS,
    /** Issue volunteer service record certificates (志愿服务记录证明) for the unit's records. */
    ISSUE_CERTIFICATES,
    /**
     * Create sign-in accounts, grant and revoke roles, disable, enable and reset them (账号管理). R-ACC-1 limits it
     * further: only roles whose every permission the actor holds at the unit, and only inside the actor's subtree.
     */
    MANAGE_ACCOUNTS,
    /** Read the audit trail of the subtree: account changes and reads of care recipients' details. */
    VIEW_AUDIT_TRAIL,
    /** Assess the stations below (R-ASSESS-1): held at an institute or center, never effective at the station itself. */
    ASSESS_STATIONS
}
