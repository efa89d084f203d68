package org.civility.core.lecture;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 评课: reviews a given lecture with a text and a score 1..5. */
public record ReviewLecture(@NotNull LectureId lecture, @NotBlank @Size(max = Lecture.MAX_NOTES_LENGTH) String text,
                            @Min(1) @Max(5) int score) {
}
