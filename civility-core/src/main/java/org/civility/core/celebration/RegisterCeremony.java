package org.civility.core.celebration;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

/**
 * Command: register a wedding or funeral with the unit's red-and-white affairs council.
 *
 * @param giftFen gift money per guest in fen (200 元 = 20000)
 */
public record RegisterCeremony(@NotNull UnitId unit, @NotNull CeremonyKind kind, @NotBlank @Size(max = 50) String host,
                               @NotNull LocalDate date, @Min(1) int tables, @Min(0) long giftFen, @Min(1) int days) {

    /** The plan this command declares. @throws org.civility.core.shared.CivilityException {@code CELEBRATION-CEREMONY-INVALID} */
    public CeremonyPlan plan() {
        return new CeremonyPlan(unit, kind, host, date, tables, giftFen, days);
    }
}
