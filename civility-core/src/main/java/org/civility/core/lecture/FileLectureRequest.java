package org.civility.core.lecture;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;

/** A resident asks their unit for a lecture on a topic (R-LECT-4). */
public record FileLectureRequest(@NotNull UnitId unit, @NotBlank @Size(max = Lecture.MAX_TOPIC_LENGTH) String topic,
                                 @NotBlank @Size(max = LectureRequest.MAX_REASON_LENGTH) String reason) {
}
