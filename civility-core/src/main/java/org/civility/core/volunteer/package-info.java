/**
 * Volunteers registered under their real name (实名注册, DOMAIN §3, §6a).
 *
 * <p>A {@link org.civility.core.volunteer.Volunteer} is registered at a home unit with a
 * {@link org.civility.core.volunteer.ResidentIdNumber} (GB 11643 check digit; one number registers
 * once) and a {@link org.civility.core.volunteer.PhoneNumber}; birth date, age and gender derive from
 * the ID number. Minors younger than a setting need a {@link org.civility.core.volunteer.GuardianConsent};
 * nobody below the minimum age registers ({@link org.civility.core.volunteer.VolunteerSettings}).
 *
 * <p>Personal data is protected: ID and phone numbers print masked ({@code toString()}), and
 * {@link org.civility.core.volunteer.VolunteerView}s show them in full only to the volunteer and to
 * actors holding {@code VIEW_PERSONAL_DATA} at the home unit.
 */
package org.civility.core.volunteer;
