package org.civility.core.activity;

import org.civility.core.shared.CivilityException;

import java.time.Instant;
import java.util.HexFormat;

import static java.util.Objects.requireNonNull;

/**
 * A photo of an activity record (R-ACT-1); its bytes live in the {@link org.civility.core.lecture.MaterialStorage}
 * under {@code storageKey}.
 *
 * @param id         identity within the record
 * @param name       the file name, 1-{@value #MAX_NAME_LENGTH} characters, no control characters or slashes
 * @param type       the picture format its bytes were found to be
 * @param size       bytes, at least one
 * @param sha256     hex digest of the content, 64 lower-case characters
 * @param storageKey where the storage keeps the bytes, 1-300 characters
 * @param addedAt    when it was added
 * @param addedBy    who added it, 1-100 characters
 */
public record RecordPhoto(PhotoId id, String name, ImageType type, long size, String sha256, String storageKey,
                          Instant addedAt, String addedBy) {

    public static final int MAX_NAME_LENGTH = 200;

    /**
     * A file name as it is kept: stripped, 1 to {@value #MAX_NAME_LENGTH} characters, without control characters or
     * slashes, and not {@code .} or {@code ..}. Checked before a byte of the photo is stored.
     *
     * @throws CivilityException ACTIVITY-RECORD-PHOTO-NAME
     */
    public static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME_LENGTH || n.equals(".") || n.equals("..")
                || n.chars().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw CivilityException.of(ActivityError.RECORD_PHOTO_NAME, "max", MAX_NAME_LENGTH);
        }
        return n;
    }

    public RecordPhoto {
        requireNonNull(id, "id");
        name = checkedName(name);
        requireNonNull(type, "type");
        if (size < 1) {
            throw new IllegalArgumentException("a photo has at least one byte");
        }
        requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
            throw new IllegalArgumentException("sha256 is not a hex SHA-256 digest");
        }
        requireNonNull(storageKey, "storageKey");
        if (storageKey.isBlank() || storageKey.length() > 300) {
            throw new IllegalArgumentException("a storage key has 1 to 300 characters");
        }
        requireNonNull(addedAt, "addedAt");
        requireNonNull(addedBy, "addedBy");
        if (addedBy.isBlank() || addedBy.length() > 100) {
            throw new IllegalArgumentException("addedBy has 1 to 100 characters");
        }
    }
}
