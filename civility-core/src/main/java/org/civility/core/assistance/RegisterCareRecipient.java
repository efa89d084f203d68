package org.civility.core.assistance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

import java.util.Optional;

/**
 * Command: register a care recipient at a unit.
 *
 * @param residentIdNumber the full ID number, if known (validated as {@code ResidentIdNumber})
 * @param birthYear        when no ID number is known; must agree with it otherwise
 * @param phone            a mainland mobile number, if any
 * @param guardian         only for the categories of children
 */
public record RegisterCareRecipient(
        @NotNull UnitId unit,
        @NotNull CareCategory category,
        @NotBlank @Size(max = CareRecipient.MAX_NAME_LENGTH) String name,
        @NotNull Optional<String> residentIdNumber,
        @NotNull Optional<@Min(1900) @Max(2100) Integer> birthYear,
        @NotBlank @Size(max = CareRecipient.MAX_ADDRESS_LENGTH) String address,
        @NotNull Optional<String> phone,
        @Size(max = CareRecipient.MAX_NEEDS_LENGTH) String needs,
        @NotNull Optional<Guardian> guardian) {

    public RegisterCareRecipient {
        residentIdNumber = residentIdNumber == null ? Optional.empty() : residentIdNumber;
        birthYear = birthYear == null ? Optional.empty() : birthYear;
        phone = phone == null ? Optional.empty() : phone;
        needs = needs == null ? "" : needs;
        guardian = guardian == null ? Optional.empty() : guardian;
    }

    /** Never prints personal details. */
    @Override
    public String toString() {
        return "RegisterCareRecipient[" + unit + ", " + category + "]";
    }
}
