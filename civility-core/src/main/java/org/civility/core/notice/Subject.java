package org.civility.core.notice;

import java.util.UUID;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * What a notice announces, by kind and id only (an activity, a lecture): the notice feature does
 * not depend on the announced aggregate, it carries its own {@link NoticeContent}.
 */
public record Subject(SubjectKind kind, UUID id) {

    public Subject {
        if (kind == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "subjectKind");
        }
        if (id == null) {
            throw CivilityException.of(SharedError.REQUIRED, "field", "subjectId");
        }
    }

    public static Subject activity(UUID id) {
        return new Subject(SubjectKind.ACTIVITY, id);
    }
}
