/**
 * The JPA model of teams: {@code civ_team} and its members in {@code civ_team_member} (one row per
 * volunteer, referring to {@code civ_volunteer}; category and profession nullable).
 */
package org.civility.persistence.team;
