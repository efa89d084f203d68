package org.civility.core.certificate;

import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

/** Codes of the certificate feature (志愿服务记录证明, 民发〔2015〕149号). */
public enum CertificateError implements ErrorCode {
    /**
     * The unit recorded no credited service of the volunteer (in the period): it has nothing to certify.
     * Args: volunteer, unit, from, to.
     */
    NO_RECORDS("CERTIFICATE-NO-RECORDS", ErrorKind.RULE),
    /** The recording unit and every unit above it were dissolved: nobody may certify. Args: unit. */
    NO_ISSUER("CERTIFICATE-NO-ISSUER", ErrorKind.RULE),
    /** An input of the certificate is missing or malformed (period, contact, person in charge). Args: field, value. */
    INVALID("CERTIFICATE-INVALID", ErrorKind.INVALID);

    private final String code;
    private final ErrorKind kind;

    CertificateError(String code, ErrorKind kind) {
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
