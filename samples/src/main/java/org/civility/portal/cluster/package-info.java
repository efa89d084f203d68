/**
 * What a portal needs to run as several nodes over one database (ADR 0041): each scheduled job takes a lock row in
 * {@code civ_shedlock} before it runs, so a cluster runs it once per period, not once per node. Sign-in sessions and
 * everything else a node answers from already live in the database.
 */
package org.civility.portal.cluster;
