package org.civility.core.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Keeps the record of a held activity (R-ACT-1): its summary and the names of the people signed in by hand, which
 * replace those kept before. Who checked in is read from the service records, not given.
 */
public record KeepActivityRecord(@NotNull ActivityId activity,
                                 @NotBlank @Size(max = ActivityRecord.MAX_SUMMARY_LENGTH) String summary,
                                 @NotNull @Size(max = ActivityRecord.MAX_NAMES)
                                 List<@NotBlank @Size(max = ActivityRecord.MAX_NAME_LENGTH) String> names) {

    public KeepActivityRecord {
        requireNonNull(activity, "activity");
        names = names == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(names));
    }
}
