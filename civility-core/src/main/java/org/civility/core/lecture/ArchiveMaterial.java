package org.civility.core.lecture;

import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Archives a material of a lecture (R-LECT-3), filed under {@code topic} (default: the lecture's topic).
 * {@code size} is the declared length in bytes; the content must have exactly that many.
 */
public record ArchiveMaterial(@NotNull LectureId lecture, @NotBlank @Size(max = LectureMaterial.MAX_NAME_LENGTH) String name,
                              @NotNull MaterialKind kind, @NotBlank String contentType, @PositiveOrZero long size,
                              @NotNull Optional<String> topic) {
}
