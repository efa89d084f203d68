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
    CONFIGURE_POLICIES
}
