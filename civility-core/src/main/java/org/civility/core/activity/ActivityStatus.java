package org.civility.core.activity;

/** Where an activity stands: planned, then either held or cancelled (both final). */
public enum ActivityStatus {
    PLANNED,
    CANCELLED,
    HELD
}
