/**
 * JPA adapter of the certificate feature: {@code civ_certificate} (V15), insert-only rows, unique numbers,
 * tokens and (issuer, year, sequence).
 */
package org.civility.persistence.certificate;
