package org.civility.core.lecture;

import java.time.Month;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One line of a {@link StudyPlan}: a topic in a month, and where it came from.
 *
 * @param month   the month of the plan's year
 * @param topic   1..200 characters
 * @param source  PARENT (inherited), REQUEST (a resident asked for it) or LOCAL
 * @param request the request it came from: present exactly when {@code source} is REQUEST
 */
public record StudyPlanItem(Month month, String topic, PlanItemSource source, Optional<LectureRequestId> request) {

    public StudyPlanItem {
        requireNonNull(month, "month");
        topic = Texts.require(topic, "topic", Lecture.MAX_TOPIC_LENGTH);
        requireNonNull(source, "source");
        requireNonNull(request, "request");
        if (request.isPresent() != (source == PlanItemSource.REQUEST)) {
            throw new IllegalArgumentException("a request item, and only it, names its request");
        }
    }

    /** True if copied from the parent unit's plan. */
    public boolean inherited() {
        return source == PlanItemSource.PARENT;
    }
}
