package org.civility.core.recognition;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the recognition feature. */
public enum RecognitionError implements ErrorCode {
    /** A redemption costs more than the balance. Args: volunteer, balance, cost. */
    INSUFFICIENT_POINTS("RECOGNITION-INSUFFICIENT-POINTS", ErrorKind.RULE),
    /** A volunteer redeems only their own points. Args: actor, volunteer. */
    NOT_OWN_POINTS("RECOGNITION-NOT-OWN-POINTS", ErrorKind.FORBIDDEN),
    /** A volunteer answers about public naming only for themself. Args: actor, volunteer. */
    NOT_OWN_CONSENT("RECOGNITION-NOT-OWN-CONSENT", ErrorKind.FORBIDDEN),
    /** A request id was reused for a different redemption. Args: requestId, goods, cost. */
    REQUEST_REUSED("RECOGNITION-REQUEST-REUSED", ErrorKind.CONFLICT),
    /** The service record was already credited. Args: recordId. */
    ALREADY_CREDITED("RECOGNITION-ALREADY-CREDITED", ErrorKind.CONFLICT),
    /** An input value is out of range. Args: field, value. */
    INVALID_VALUE("RECOGNITION-INVALID-VALUE", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    RecognitionError(String code, ErrorKind kind) {
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
