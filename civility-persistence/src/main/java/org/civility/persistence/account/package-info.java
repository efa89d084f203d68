/**
 * Portal sign-in accounts in {@code civ_account} and {@code civ_account_grant} (V1, V20): user name (the key), the
 * core aggregate's id, state, a password hash or an identity at an identity platform, role grants, own volunteer
 * record. {@link org.civility.persistence.account.JpaAccountRepository} implements core's
 * {@code AccountRepository}; {@link org.civility.persistence.account.AccountStore} is the older view the portal's
 * identity store and the web adapter's defaults still read.
 */
package org.civility.persistence.account;
