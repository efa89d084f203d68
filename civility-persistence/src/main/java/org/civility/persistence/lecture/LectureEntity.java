package org.civility.persistence.lecture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A lecture with its themes and archived materials, as stored. */
@Entity
@Table(name = "civ_lecture")
public class LectureEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "topic", nullable = false, length = 200)
    String topic;

    @Column(name = "start_at", nullable = false)
    Instant start;

    @Column(name = "end_at", nullable = false)
    Instant end;

    @Column(name = "speaker_id", nullable = false, length = 36)
    String speakerId;

    @Column(name = "speaker_name", nullable = false, length = 100)
    String speakerName;

    @Column(name = "preparation_notes", nullable = false, length = 4000)
    String preparationNotes;

    @Column(name = "status", nullable = false, length = 16)
    String status;

    @Column(name = "given_at")
    Instant givenAt;

    @Column(name = "attendance")
    Integer attendance;

    @Column(name = "review", length = 4000)
    String review;

    @Column(name = "score")
    Integer score;

    @Column(name = "reviewed_by", length = 100)
    String reviewedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_lecture_theme", joinColumns = @JoinColumn(name = "lecture_id"))
    @Column(name = "theme", length = 16)
    Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_lecture_material", joinColumns = @JoinColumn(name = "lecture_id"))
    @OrderColumn(name = "position")
    List<LectureMaterialEmbeddable> materials = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected LectureEntity() {
    }

    LectureEntity(String id) {
        this.id = id;
    }
}
