package org.civility.core.activity;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the activity feature. */
public enum ActivityError implements ErrorCode {
    /** A title is blank or too long. Args: max. */
    TITLE_INVALID("ACTIVITY-TITLE-INVALID", ErrorKind.INVALID),
    /** A description is too long. Args: max. */
    DESCRIPTION_INVALID("ACTIVITY-DESCRIPTION-INVALID", ErrorKind.INVALID),
    /** No theme of the five was given. */
    THEMES_REQUIRED("ACTIVITY-THEMES-REQUIRED", ErrorKind.INVALID),
    /** The end is not after the start. Args: start, end. */
    SCHEDULE_INVALID("ACTIVITY-SCHEDULE-INVALID", ErrorKind.INVALID),
    /** A capacity is not positive. Args: capacity. */
    CAPACITY_INVALID("ACTIVITY-CAPACITY-INVALID", ErrorKind.INVALID),
    /** The participant has signed up already. Args: activity, participant. */
    ALREADY_SIGNED_UP("ACTIVITY-ALREADY-SIGNED-UP", ErrorKind.CONFLICT),
    /** The participant has not signed up. Args: activity, participant. */
    NOT_SIGNED_UP("ACTIVITY-NOT-SIGNED-UP", ErrorKind.CONFLICT),
    /** Sign-up (or cancelling one) is closed: the activity started or is no longer planned. Args: activity, status, start. */
    SIGN_UP_CLOSED("ACTIVITY-SIGN-UP-CLOSED", ErrorKind.RULE),
    /** The activity is no longer planned (cancelled or held). Args: activity, status. */
    NOT_PLANNED("ACTIVITY-NOT-PLANNED", ErrorKind.CONFLICT),
    /** An activity is marked held before it started. Args: activity, start. */
    NOT_STARTED("ACTIVITY-NOT-STARTED", ErrorKind.RULE),
    /** The referenced venue booking is cancelled or rejected. Args: booking, status. */
    BOOKING_UNUSABLE("ACTIVITY-BOOKING-UNUSABLE", ErrorKind.RULE),
    /** No programme template has that code. Args: template. */
    TEMPLATE_UNKNOWN("ACTIVITY-TEMPLATE-UNKNOWN", ErrorKind.NOT_FOUND),
    /** The start lies outside the template's seasonal window for the year. Args: template, year, from, to. */
    OUT_OF_SEASON("ACTIVITY-OUT-OF-SEASON", ErrorKind.RULE),
    /** R-ACT-1: only a held activity keeps a record; it is planned or cancelled. Args: activity, status. */
    RECORD_NOT_HELD("ACTIVITY-RECORD-NOT-HELD", ErrorKind.RULE),
    /** A record's summary is blank or too long. Args: max. */
    RECORD_SUMMARY_INVALID("ACTIVITY-RECORD-SUMMARY-INVALID", ErrorKind.INVALID),
    /** A name signed in by hand is blank, too long or holds control characters. Args: max. */
    RECORD_NAME_INVALID("ACTIVITY-RECORD-NAME-INVALID", ErrorKind.INVALID),
    /** More names signed in by hand than a record keeps. Args: max. */
    RECORD_TOO_MANY_NAMES("ACTIVITY-RECORD-TOO-MANY-NAMES", ErrorKind.INVALID),
    /** A photo's file name is blank, too long or holds control characters or slashes. Args: max. */
    RECORD_PHOTO_NAME("ACTIVITY-RECORD-PHOTO-NAME", ErrorKind.INVALID),
    /**
     * R-ACT-1: a photo's bytes are no JPEG, PNG, GIF or WebP picture, or not the type declared.
     * Args: name, contentType, allowed.
     */
    RECORD_PHOTO_TYPE("ACTIVITY-RECORD-PHOTO-TYPE", ErrorKind.RULE),
    /** R-ACT-1: a photo is larger than the setting allows. Args: name, size, limitMb. */
    RECORD_PHOTO_TOO_LARGE("ACTIVITY-RECORD-PHOTO-TOO-LARGE", ErrorKind.RULE),
    /** R-ACT-1: the record holds as many photos as the setting allows. Args: max. */
    RECORD_PHOTO_LIMIT("ACTIVITY-RECORD-PHOTO-LIMIT", ErrorKind.RULE),
    /** A month's report would hold more records than one report holds. Args: max. */
    RECORD_REPORT_TOO_LARGE("ACTIVITY-RECORD-REPORT-TOO-LARGE", ErrorKind.RULE);

    private final String code;
    private final ErrorKind kind;

    ActivityError(String code, ErrorKind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }
}
