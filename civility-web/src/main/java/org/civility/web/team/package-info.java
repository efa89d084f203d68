/**
 * The team API ({@code /api/v1/teams}): forming teams at a unit, lists by unit, single reads with
 * their members, and members joining (R-TEAM-1 for five-elders teams) and leaving under
 * {@code If-Match}. Also produces the {@code TeamRepository} port.
 */
package org.civility.web.team;
