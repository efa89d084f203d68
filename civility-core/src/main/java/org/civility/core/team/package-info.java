/**
 * Teams (队伍, DOMAIN §3): the five kinds of team a unit forms (expert, professional, volunteer,
 * five-elders, grassroots speakers) and their members, who are registered volunteers referred to
 * by id.
 *
 * <p>A {@link org.civility.core.team.Team} is formed empty; volunteers join once and may leave.
 * R-TEAM-1: every member of a five-elders team names one of the
 * {@link org.civility.core.team.FiveEldersCategory five categories}. A member's home unit lies
 * within the team's unit subtree.
 */
package org.civility.core.team;
