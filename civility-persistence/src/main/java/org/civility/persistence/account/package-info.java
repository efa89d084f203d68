/**
 * Portal sign-in accounts (user name, PBKDF2 password hash, role grants, own volunteer record) in {@code civ_account}; read by the web adapter's default actor resolver and the portal's identity store.
 */
package org.civility.persistence.account;
