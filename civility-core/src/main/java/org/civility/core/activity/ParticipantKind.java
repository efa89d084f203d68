package org.civility.core.activity;

/** Who takes part: a registered volunteer or a resident. */
public enum ParticipantKind {
    VOLUNTEER,
    RESIDENT
}
