package org.civility.web.volunteer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerOrigin;
import org.civility.core.volunteer.VolunteerStatus;
import org.civility.core.volunteer.VolunteerView;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What the volunteer API reads and writes. The ID and phone numbers are checked by core (check
 * digit, format) so that clients get its coded errors; request records never print them.
 */
public final class VolunteerDtos {

    private VolunteerDtos() {
    }

    @Schema(name = "RegisterVolunteer", description = "Registration under a real name (实名注册)")
    public record RegisterVolunteerDto(
            @Schema(description = "Id of the home unit") @NotBlank String homeUnit,
            @NotBlank @Size(max = Volunteer.MAX_NAME_LENGTH) String realName,
            @Schema(description = "18-character resident ID number (GB 11643), check character included",
                    examples = "11010519491231002X")
            @NotBlank @Size(max = 32) String residentIdNumber,
            @Schema(description = "Mainland mobile number, 11 digits", examples = "13812345678")
            @NotBlank @Size(max = 32) String phone,
            @NotNull VolunteerOrigin origin,
            @Size(max = Volunteer.MAX_SKILLS) List<@NotBlank @Size(max = Volunteer.MAX_SKILL_LENGTH) String> skills,
            @Schema(description = "Required for a person younger than the unit's consent age (18 by default)")
            @Valid GuardianConsentDto guardianConsent) {

        /** Never prints the ID or phone number. */
        @Override
        public String toString() {
            return "RegisterVolunteerDto[" + homeUnit + ", " + origin + "]";
        }
    }

    @Schema(name = "GuardianConsent", description = "A guardian's consent that a minor serves")
    public record GuardianConsentDto(
            @NotBlank @Size(max = Volunteer.MAX_NAME_LENGTH) String guardianName,
            @NotBlank @Size(max = 32) String guardianPhone,
            @NotNull GuardianRelation relation,
            @Schema(description = "When the guardian consented") @NotNull OffsetDateTime givenAt) {

        /** Never prints the guardian's name or phone. */
        @Override
        public String toString() {
            return "GuardianConsentDto[" + relation + "]";
        }
    }

    @Schema(name = "Volunteer", description = "A volunteer as the caller may see them: ID and phone numbers in full "
            + "only for the volunteer themself and holders of VIEW_PERSONAL_DATA at the home unit, otherwise masked")
    public record VolunteerDto(
            String id,
            String homeUnit,
            String realName,
            @Schema(examples = "110***********002X") String residentIdNumber,
            @Schema(examples = "138****5678") String phone,
            int age,
            VolunteerOrigin origin,
            List<String> skills,
            boolean minor,
            boolean guardianConsentPresent,
            VolunteerStatus status,
            OffsetDateTime registeredAt,
            @Schema(description = "Whether residentIdNumber and phone are shown in full") boolean fullPersonalData,
            long version) {

        static VolunteerDto of(VolunteerView v, ZoneId zone) {
            return new VolunteerDto(v.id().toString(), v.unit().toString(), v.name(), v.idNumber(), v.phone(),
                    v.age(), v.origin(), v.skills(), v.minor(), v.guardianConsentPresent(), v.status(),
                    ApiTime.of(v.registeredAt(), zone), v.fullPersonalData(), v.version());
        }

        /** Never prints the ID or phone number, masked or not. */
        @Override
        public String toString() {
            return "VolunteerDto[" + id + ", v" + version + "]";
        }
    }
}
