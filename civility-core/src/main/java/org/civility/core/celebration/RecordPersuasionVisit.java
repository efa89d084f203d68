package org.civility.core.celebration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The council records its persuasion visit to a flagged ceremony (R-CELE-1).
 *
 * @param expectedVersion the version the caller read (If-Match), or null
 */
public record RecordPersuasionVisit(@NotNull CeremonyId ceremony,
                                    @NotBlank @Size(max = PersuasionVisit.MAX_NOTE_LENGTH) String note,
                                    Long expectedVersion) {
}
