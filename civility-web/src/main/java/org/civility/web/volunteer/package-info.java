/**
 * The volunteer API ({@code /api/v1/volunteers}): registration under a real name, lists by home unit
 * and single reads. ID and phone numbers are masked unless the caller is the volunteer or holds
 * VIEW_PERSONAL_DATA at the home unit (decided by core's {@code VolunteerService}); answers carry
 * {@code Cache-Control: private, no-store}. Also produces the {@code VolunteerRepository} port.
 *
 * <p>Excel imports ({@code /api/v1/units/{id}/volunteer-imports}): {@link org.civility.web.volunteer.VolunteerWorkbook}
 * reads the documented layout and writes the template; {@link org.civility.web.volunteer.VolunteerImports} registers
 * each row through the same {@code VolunteerService} in the background and keeps the job's progress in memory for a
 * bounded time (ADR 0017).
 */
package org.civility.web.volunteer;
