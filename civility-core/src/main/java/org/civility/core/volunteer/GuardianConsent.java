package org.civility.core.volunteer;

import java.time.Instant;

import static java.util.Objects.requireNonNull;

/**
 * A guardian's consent that a minor takes part in volunteer service (志愿服务条例 §15).
 *
 * @param guardianName  the guardian's real name, 1-50 characters
 * @param guardianPhone how to reach the guardian
 * @param relation      the guardian's relation to the minor
 * @param givenAt       when the consent was given
 */
public record GuardianConsent(String guardianName, PhoneNumber guardianPhone, GuardianRelation relation,
                              Instant givenAt) {

    public GuardianConsent {
        guardianName = Volunteer.checkName(guardianName, "guardianName");
        requireNonNull(guardianPhone, "guardianPhone");
        requireNonNull(relation, "relation");
        requireNonNull(givenAt, "givenAt");
    }
}
