package org.civility.core.volunteer;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the volunteer feature. */
public enum VolunteerError implements ErrorCode {
    /** A resident ID number is not 17 digits followed by a digit or X. Args: value (masked). */
    ID_FORMAT("VOLUNTEER-ID-FORMAT", ErrorKind.INVALID),
    /** A resident ID number's check character is wrong. Args: expected, actual. */
    ID_CHECK_DIGIT("VOLUNTEER-ID-CHECK-DIGIT", ErrorKind.INVALID),
    /** Positions 7-14 of a resident ID number are no real date, or a future one. Args: birthDate. */
    ID_BIRTH_DATE("VOLUNTEER-ID-BIRTH-DATE", ErrorKind.INVALID),
    /** A phone number is no mainland mobile number. Args: value (masked). */
    PHONE_FORMAT("VOLUNTEER-PHONE-FORMAT", ErrorKind.INVALID),
    /** A real name is blank or too long. Args: field, max. */
    NAME_INVALID("VOLUNTEER-NAME-INVALID", ErrorKind.INVALID),
    /** A skill is blank or too long. Args: skill, max. */
    SKILL_INVALID("VOLUNTEER-SKILL-INVALID", ErrorKind.INVALID),
    /** More skills than allowed. Args: count, max. */
    TOO_MANY_SKILLS("VOLUNTEER-TOO-MANY-SKILLS", ErrorKind.INVALID),
    /** A volunteer younger than the setting has no guardian's consent. Args: age, belowAge. */
    GUARDIAN_CONSENT_MISSING("VOLUNTEER-GUARDIAN-CONSENT", ErrorKind.RULE),
    /** A person younger than the minimum age tries to register. Args: age, minimumAge. */
    TOO_YOUNG("VOLUNTEER-TOO-YOUNG", ErrorKind.RULE),
    /** The resident ID number is registered already. Args: idNumber (masked). */
    ALREADY_REGISTERED("VOLUNTEER-ALREADY-REGISTERED", ErrorKind.CONFLICT),
    /** An actor who registers themself is linked to a volunteer record already. Args: volunteerId. */
    ALREADY_LINKED("VOLUNTEER-ALREADY-LINKED", ErrorKind.CONFLICT),
    /** A status change that the current status does not allow. Args: id, status. */
    ILLEGAL_STATUS("VOLUNTEER-ILLEGAL-STATUS", ErrorKind.CONFLICT);

    private final String code;
    private final ErrorKind kind;

    VolunteerError(String code, ErrorKind kind) {
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
