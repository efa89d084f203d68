package org.civility.core.volunteer;

/** Whether a volunteer may currently take part. */
public enum VolunteerStatus {
    /** Registered and available. */
    ACTIVE,
    /** Temporarily barred from taking part (by an administrator); may be reactivated. */
    SUSPENDED
}
