package org.civility.core.resource;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the resource list. */
public enum OfferError implements ErrorCode {
    /** The volunteer or team has an offer already; revise it instead. Args: owner, offer. */
    ALREADY_OFFERED("OFFER-EXISTS", ErrorKind.CONFLICT),
    /** A volunteer keeps only their own offer. Args: actor, owner. */
    NOT_THE_OWNER("OFFER-NOT-OWNER", ErrorKind.FORBIDDEN),
    /** A text is too long. Args: field, max. */
    TEXT_INVALID("OFFER-TEXT-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    OfferError(String code, ErrorKind kind) {
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
