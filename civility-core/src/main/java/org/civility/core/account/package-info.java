/**
 * Sign-in accounts and the roles they hold (DOMAIN §9): the {@link org.civility.core.account.Account} aggregate
 * (username, person's name, a password hash or an identity at a unified identity platform, ACTIVE / DISABLED /
 * MUST_CHANGE_PASSWORD, roles at units, an optional link to the person's volunteer record) and
 * {@link org.civility.core.account.AccountService}, whose commands are authorised in core: an administrator grants
 * and revokes only roles whose every permission they hold, inside their subtree (R-ACC-1,
 * {@link org.civility.core.account.NoPrivilegeEscalationPolicy}); every change is written to the audit trail.
 * Sign-ins are throttled per account and per address (R-ACC-2,
 * {@link org.civility.core.account.SignInThrottlePolicy}); passwords follow
 * {@link org.civility.core.account.PasswordStrengthPolicy} and are hashed by a
 * {@link org.civility.core.account.PasswordHasher} (PBKDF2-HMAC-SHA256 by default, old hashes upgraded at sign-in).
 */
package org.civility.core.account;
