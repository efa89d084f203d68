/**
 * JPA mapping of notices and their per-channel deliveries (the transactional outbox): tables
 * {@code civ_notice}, {@code civ_notice_channel}, {@code civ_notice_delivery} (migration V10).
 */
package org.civility.persistence.notice;
