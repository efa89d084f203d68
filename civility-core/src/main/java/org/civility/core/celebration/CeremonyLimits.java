package org.civility.core.celebration;

import static org.civility.core.celebration.FamilyCeremony.invalid;

/**
 * The village limits a ceremony was checked against (R-CELE-1), kept with the registration as the
 * check's result.
 *
 * @param maxTables        most banquet tables, at least 1
 * @param maxGiftFen       most gift money per guest in fen (1 元 = 100 fen), 0 or more
 * @param maxDays          most days, at least 1
 */
public record CeremonyLimits(int maxTables, long maxGiftFen, int maxDays) {

    public CeremonyLimits {
        if (maxTables < 1) {
            throw invalid("maxTables", maxTables);
        }
        if (maxGiftFen < 0) {
            throw invalid("maxGiftFen", maxGiftFen);
        }
        if (maxDays < 1) {
            throw invalid("maxDays", maxDays);
        }
    }
}
