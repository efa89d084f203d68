package org.civility.core.account;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the account feature. Rule codes equal the rule ids of DOMAIN §9. */
public enum AccountError implements ErrorCode {
    /**
     * R-ACC-1: a grant or revoke outside the actor's subtree, or of a role carrying a permission the actor does not
     * hold at the unit. Args: actor, role, unit, missing (the permissions lacking, comma-separated).
     */
    BEYOND_AUTHORITY("R-ACC-1", ErrorKind.FORBIDDEN),
    /** R-ACC-2: too many failed sign-ins for the account or from the address. Args: retryAfterSeconds. */
    THROTTLED("R-ACC-2", ErrorKind.THROTTLED),
    /** Another account has the username. Args: username. */
    USERNAME_TAKEN("ACCOUNT-USERNAME-TAKEN", ErrorKind.CONFLICT),
    /** Another account has the external identity. Args: issuer. */
    EXTERNAL_IDENTITY_TAKEN("ACCOUNT-EXTERNAL-IDENTITY-TAKEN", ErrorKind.CONFLICT),
    /** An account is created without a role, or would lose its last one; disable it instead. Args: account. */
    NO_GRANT("ACCOUNT-NO-GRANT", ErrorKind.RULE),
    /** Administrators do not grant, revoke, disable, enable or reset their own account. Args: account. */
    OWN_ACCOUNT("ACCOUNT-OWN", ErrorKind.FORBIDDEN),
    /** The account signs in at an identity platform: it has no password here. Args: account. */
    EXTERNAL_CREDENTIAL("ACCOUNT-EXTERNAL-CREDENTIAL", ErrorKind.RULE),
    /** The account is disabled. Args: account. */
    DISABLED("ACCOUNT-DISABLED", ErrorKind.RULE),
    /** The current password given to change it is wrong. Args: account. */
    WRONG_PASSWORD("ACCOUNT-WRONG-PASSWORD", ErrorKind.FORBIDDEN),
    /** The account is linked to another volunteer record already. Args: account, volunteer. */
    VOLUNTEER_LINKED("ACCOUNT-VOLUNTEER-LINKED", ErrorKind.CONFLICT),
    /** A new password is shorter than the minimum. Args: min. */
    PASSWORD_TOO_SHORT("PASSWORD-TOO-SHORT", ErrorKind.INVALID),
    /** A new password is longer than the maximum. Args: max. */
    PASSWORD_TOO_LONG("PASSWORD-TOO-LONG", ErrorKind.INVALID),
    /** A new password is, or contains, the username. Args: none (never the password). */
    PASSWORD_CONTAINS_USERNAME("PASSWORD-CONTAINS-USERNAME", ErrorKind.INVALID),
    /** A new password is on the list of common passwords. Args: none (never the password). */
    PASSWORD_TOO_COMMON("PASSWORD-TOO-COMMON", ErrorKind.INVALID),
    /** The new password equals the current one. Args: none. */
    PASSWORD_UNCHANGED("PASSWORD-UNCHANGED", ErrorKind.INVALID),
    /** A username, name or identity is blank, too long or malformed. Args: field, max. */
    INVALID("ACCOUNT-INVALID", ErrorKind.INVALID),
    /** Restored state breaks an invariant (a corrupt row). Args: what, id, reason. */
    STATE_INVALID("ACCOUNT-STATE-INVALID", ErrorKind.INVALID),
    /** R-ACC-3: the first administrator is created only while no account exists. */
    INSTALLED("ACCOUNT-INSTALLED", ErrorKind.CONFLICT),
    /**
     * A sign-up code is wrong, expired, used up or was never sent: one answer for every reason. Args: none (never
     * the code or the number).
     */
    SIGN_UP_CODE_INVALID("SIGN-UP-CODE-INVALID", ErrorKind.INVALID),
    /** Too many codes asked for the phone or from the address. Args: retryAfterSeconds. */
    SIGN_UP_THROTTLED("SIGN-UP-THROTTLED", ErrorKind.THROTTLED),
    /** The code could not be sent (no channel to phones, or the gateway failed); ask again later. Args: none. */
    SIGN_UP_CODE_UNDELIVERABLE("SIGN-UP-CODE-UNDELIVERABLE", ErrorKind.UNAVAILABLE),
    /** The unit chosen to sign up at is not a station (or does not exist, or was dissolved). Args: station. */
    SIGN_UP_STATION_UNKNOWN("SIGN-UP-STATION-UNKNOWN", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    AccountError(String code, ErrorKind kind) {
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
