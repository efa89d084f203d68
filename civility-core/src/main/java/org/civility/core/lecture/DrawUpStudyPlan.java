package org.civility.core.lecture;

import java.time.Month;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.civility.core.organisation.UnitId;

import static java.util.Objects.requireNonNull;

/** Draws up a unit's study plan for a year from its parent's plan, selected requests and local items (R-LECT-4). */
public record DrawUpStudyPlan(@NotNull UnitId unit, int year, @NotNull List<Selection> requests,
                              @NotNull List<StudyPlan.LocalItem> localItems) {

    public DrawUpStudyPlan {
        requireNonNull(unit, "unit");
        requests = List.copyOf(requests);
        localItems = List.copyOf(localItems);
    }

    /** A request to take, in a month. */
    public record Selection(@NotNull LectureRequestId request, @NotNull Month month) {
        public Selection {
            requireNonNull(request, "request");
            requireNonNull(month, "month");
        }
    }
}
