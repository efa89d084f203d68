package org.civility.core.activity;

/** Whether a sign-up holds a place or waits for one. */
public enum SignUpStatus {
    CONFIRMED,
    WAITLISTED
}
