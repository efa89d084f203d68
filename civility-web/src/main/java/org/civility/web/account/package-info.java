/**
 * Accounts over HTTP (DOMAIN §9): administrators list, create, grant, revoke, disable, enable and reset the accounts
 * of their subtree (R-ACC-1, decided in core's {@code AccountService}); everyone changes their own password; heads
 * read and export the audit trail. One-time passwords appear once, in the answer that created them, never again.
 */
package org.civility.web.account;
