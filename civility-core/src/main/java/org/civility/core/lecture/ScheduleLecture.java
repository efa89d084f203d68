package org.civility.core.lecture;

import java.time.Instant;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/** Schedules a lecture its speaker has prepared (备课). {@code themes} may be empty. */
public record ScheduleLecture(@NotNull UnitId unit, @NotBlank @Size(max = Lecture.MAX_TOPIC_LENGTH) String topic,
                              @NotNull Set<LectureTheme> themes, @NotNull Instant start, @NotNull Instant end,
                              @NotNull VolunteerId speaker,
                              @NotBlank @Size(max = Lecture.MAX_SPEAKER_NAME_LENGTH) String speakerName,
                              @NotBlank @Size(max = Lecture.MAX_NOTES_LENGTH) String preparationNotes) {
}
