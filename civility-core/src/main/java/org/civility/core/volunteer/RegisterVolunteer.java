package org.civility.core.volunteer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

import java.util.Optional;
import java.util.Set;

/**
 * Command: register a person as a volunteer under their real name.
 *
 * @param guardianConsent required when the person is younger than
 *                        {@link VolunteerSettings#GUARDIAN_CONSENT_BELOW_AGE}
 */
public record RegisterVolunteer(
        @NotNull UnitId homeUnit,
        @NotBlank @Size(max = Volunteer.MAX_NAME_LENGTH) String realName,
        @NotNull @Pattern(regexp = "[0-9]{17}[0-9Xx]") String residentIdNumber,
        @NotNull @Pattern(regexp = "1[0-9]{10}") String phone,
        @NotNull VolunteerOrigin origin,
        @NotNull @Size(max = Volunteer.MAX_SKILLS) Set<String> skills,
        @NotNull Optional<GuardianConsent> guardianConsent) {

    public RegisterVolunteer {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        guardianConsent = guardianConsent == null ? Optional.empty() : guardianConsent;
    }

    /** Never prints the ID or phone number in full. */
    @Override
    public String toString() {
        return "RegisterVolunteer[" + homeUnit + ", " + origin + "]";
    }
}
