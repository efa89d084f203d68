package org.civility.core.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Adds a photo to the record of a held activity (R-ACT-1). {@code size} is the declared length in bytes; the content
 * must have exactly that many.
 *
 * @param name         the file name; empty for one made of the photo's id and its type's extension
 * @param declaredType the content type the sender declared; empty (or {@code application/octet-stream}) to let the
 *                     bytes alone decide
 */
public record AddRecordPhoto(@NotNull ActivityId activity, @NotNull Optional<String> name,
                             @NotNull Optional<String> declaredType, @PositiveOrZero long size) {

    public AddRecordPhoto {
        requireNonNull(activity, "activity");
        requireNonNull(name, "name");
        requireNonNull(declaredType, "declaredType");
    }
}
