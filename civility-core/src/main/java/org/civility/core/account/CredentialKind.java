package org.civility.core.account;

/** The kinds of {@link Credential}. */
public enum CredentialKind {
    PASSWORD,
    EXTERNAL
}
