package org.civility.core.venue;

/** Why a venue is booked. Only practice activities need no approval (R-VEN-2). */
public enum UsePurpose {
    /** A civilization practice activity: confirmed at once. */
    PRACTICE,
    /** Any other use: needs the residents' committee's approval first. */
    OTHER
}
