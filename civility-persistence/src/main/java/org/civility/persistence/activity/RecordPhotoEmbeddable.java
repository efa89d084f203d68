package org.civility.persistence.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.activity.ImageType;

import java.time.Instant;
import java.util.Objects;

/** A photo's metadata, as a row of {@code civ_activity_record_photo}; its bytes are in the material storage. */
@Embeddable
public class RecordPhotoEmbeddable {

    @Column(name = "photo_id", nullable = false, length = 36)
    String photoId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "image_type", nullable = false, length = 16)
    ImageType type;

    @Column(name = "size_bytes", nullable = false)
    long size;

    @Column(name = "sha256", nullable = false, length = 64)
    String sha256;

    @Column(name = "storage_key", nullable = false, length = 300)
    String storageKey;

    @Column(name = "added_at", nullable = false)
    Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    String addedBy;

    protected RecordPhotoEmbeddable() {
    }

    RecordPhotoEmbeddable(String photoId, String name, ImageType type, long size, String sha256, String storageKey,
                          Instant addedAt, String addedBy) {
        this.photoId = photoId;
        this.name = name;
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordPhotoEmbeddable p && Objects.equals(photoId, p.photoId)
                && Objects.equals(name, p.name) && type == p.type && size == p.size
                && Objects.equals(sha256, p.sha256) && Objects.equals(storageKey, p.storageKey)
                && Objects.equals(addedAt, p.addedAt) && Objects.equals(addedBy, p.addedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(photoId);
    }
}
