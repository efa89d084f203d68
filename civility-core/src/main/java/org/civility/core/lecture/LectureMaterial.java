package org.civility.core.lecture;

import java.time.Instant;
import java.util.HexFormat;

import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * The archived metadata of one lecture material (R-LECT-3); its bytes live in {@link MaterialStorage}
 * under {@code storageKey}.
 *
 * @param id          identity within the archive
 * @param name        the file name, 1..200 characters
 * @param kind        document, picture, audio or video
 * @param contentType the media type, as accepted for its kind
 * @param size        bytes, zero or more
 * @param sha256      hex digest of the content, 64 lower-case characters
 * @param storageKey  where the storage keeps the bytes
 * @param topic       the archive topic it is filed under, 1..200 characters
 * @param archivedAt  when it was archived
 * @param archivedBy  who archived it
 */
public record LectureMaterial(MaterialId id, String name, MaterialKind kind, String contentType, long size,
                              String sha256, String storageKey, String topic, Instant archivedAt, String archivedBy) {

    public static final int MAX_NAME_LENGTH = 200;

    /**
     * R-LECT-3: a file name as it is kept: stripped, 1 to {@link #MAX_NAME_LENGTH} characters, without control
     * characters or slashes, and not {@code .} or {@code ..}. Checked before a byte of the file is stored.
     *
     * @throws CivilityException LECTURE-MATERIAL-NAME
     */
    public static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH || n.equals(".") || n.equals("..")
                || n.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw CivilityException.of(LectureError.MATERIAL_NAME, "max", MAX_NAME_LENGTH);
        }
        return n;
    }

    public LectureMaterial {
        requireNonNull(id, "id");
        name = checkedName(name);
        requireNonNull(kind, "kind");
        contentType = Texts.require(contentType, "contentType", 100);
        if (size < 0) {
            throw new IllegalArgumentException("size < 0");
        }
        requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("sha256 is not a hex SHA-256 digest");
        }
        storageKey = Texts.require(storageKey, "storageKey", 300);
        topic = Texts.require(topic, "topic", Lecture.MAX_TOPIC_LENGTH);
        requireNonNull(archivedAt, "archivedAt");
        archivedBy = Texts.require(archivedBy, "archivedBy", 100);
    }
}
