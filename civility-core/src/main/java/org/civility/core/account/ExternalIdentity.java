package org.civility.core.account;

import org.civility.core.shared.CivilityException;

/**
 * Who a person is at a unified identity platform (统一身份认证): the OpenID Connect issuer and the subject it
 * names them by. One identity belongs to at most one account. The person signs in there; roles are still granted
 * in Civility.
 *
 * @param issuer  the issuer URL, at most {@value #MAX_LENGTH} characters
 * @param subject the issuer's stable id of the person, at most {@value #MAX_LENGTH} characters
 */
public record ExternalIdentity(String issuer, String subject) implements Credential {

    public static final int MAX_LENGTH = 255;

    public ExternalIdentity {
        issuer = require(issuer, "issuer");
        subject = require(subject, "subject");
    }

    private static String require(String text, String field) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw CivilityException.of(AccountError.INVALID, "field", field, "max", MAX_LENGTH);
        }
        return text.strip();
    }

    @Override
    public CredentialKind kind() {
        return CredentialKind.EXTERNAL;
    }
}
