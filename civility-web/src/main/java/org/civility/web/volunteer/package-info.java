/**
 * The volunteer API ({@code /api/v1/volunteers}): registration under a real name, lists by home unit
 * and single reads. ID and phone numbers are masked unless the caller is the volunteer or holds
 * VIEW_PERSONAL_DATA at the home unit (decided by core's {@code VolunteerService}); answers carry
 * {@code Cache-Control: private, no-store}. Also produces the {@code VolunteerRepository} port.
 */
package org.civility.web.volunteer;
