package org.civility.core.celebration;

import java.time.LocalDate;

import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;
import static org.civility.core.celebration.FamilyCeremony.invalid;

/**
 * What a household declares to the red-and-white affairs council: validated in shape here, checked
 * against the village's limits by {@link CeremonyLimitsPolicy}.
 *
 * @param unit        the station whose council registers it
 * @param kind        wedding or funeral
 * @param host        the household or host name, not blank, at most 50 characters
 * @param date        the (first) day
 * @param tables      banquet tables, at least 1
 * @param giftFen     gift money per guest in fen, 0 or more
 * @param days        how many days it lasts, at least 1
 */
public record CeremonyPlan(UnitId unit, CeremonyKind kind, String host, LocalDate date, int tables, long giftFen,
                           int days) {

    public CeremonyPlan {
        requireNonNull(unit, "unit");
        requireNonNull(kind, "kind");
        requireNonNull(date, "date");
        if (host == null || host.isBlank() || host.strip().length() > 50) {
            throw invalid("host", host);
        }
        host = host.strip();
        if (tables < 1) {
            throw invalid("tables", tables);
        }
        if (giftFen < 0) {
            throw invalid("giftFen", giftFen);
        }
        if (days < 1) {
            throw invalid("days", days);
        }
    }
}
