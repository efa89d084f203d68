package org.civility.core.lecture;

import java.time.Instant;
import java.util.Optional;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** 授课: the lecture was given, at {@code at} (default: now) before {@code attendance} people. */
public record RecordLectureGiven(@NotNull LectureId lecture, @NotNull Optional<Instant> at,
                                 @PositiveOrZero int attendance) {
}
