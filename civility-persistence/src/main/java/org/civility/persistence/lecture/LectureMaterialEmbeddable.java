package org.civility.persistence.lecture;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An archived material's metadata, as a row of {@code civ_lecture_material} (R-LECT-3). */
@Embeddable
public class LectureMaterialEmbeddable {

    @Column(name = "material_id", nullable = false, length = 36)
    String materialId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "kind", nullable = false, length = 16)
    String kind;

    @Column(name = "content_type", nullable = false, length = 100)
    String contentType;

    @Column(name = "size_bytes", nullable = false)
    long size;

    @Column(name = "sha256", nullable = false, length = 64)
    String sha256;

    @Column(name = "storage_key", nullable = false, length = 300)
    String storageKey;

    @Column(name = "topic", nullable = false, length = 200)
    String topic;

    @Column(name = "archived_at", nullable = false)
    Instant archivedAt;

    @Column(name = "archived_by", nullable = false, length = 100)
    String archivedBy;

    protected LectureMaterialEmbeddable() {
    }
}
