package org.civility.core.account;

/**
 * How an account proves who it is: a {@link PasswordHash} checked by Civility, or an {@link ExternalIdentity}
 * at a unified identity platform (统一身份认证, OpenID Connect) that Civility trusts. Never a password itself.
 */
public sealed interface Credential permits PasswordHash, ExternalIdentity {

    /** The kind, as adapters store it. */
    CredentialKind kind();
}
