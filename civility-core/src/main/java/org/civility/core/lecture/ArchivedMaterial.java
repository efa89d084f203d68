package org.civility.core.lecture;

import static java.util.Objects.requireNonNull;

/** An entry of a unit's lecture archive: a material and the lecture it belongs to. */
public record ArchivedMaterial(LectureId lecture, LectureMaterial material) {

    public ArchivedMaterial {
        requireNonNull(lecture, "lecture");
        requireNonNull(material, "material");
    }
}
