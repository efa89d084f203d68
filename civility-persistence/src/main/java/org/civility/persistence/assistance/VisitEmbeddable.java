package org.civility.persistence.assistance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** One visit of a pairing, a row of {@code civ_care_pairing_visit}. */
@Embeddable
public class VisitEmbeddable {

    @Column(name = "volunteer_id", nullable = false, length = 36)
    String volunteerId;

    @Column(name = "visited_at", nullable = false)
    Instant visitedAt;

    @Column(name = "duration_minutes", nullable = false)
    int durationMinutes;

    @Column(name = "notes", nullable = false, length = 1000)
    String notes;

    protected VisitEmbeddable() {
    }

    VisitEmbeddable(String volunteerId, Instant visitedAt, int durationMinutes, String notes) {
        this.volunteerId = volunteerId;
        this.visitedAt = visitedAt;
        this.durationMinutes = durationMinutes;
        this.notes = notes;
    }

    /** The notes are personal details: not printed. */
    @Override
    public String toString() {
        return "VisitEmbeddable[" + volunteerId + ", " + visitedAt + "]";
    }
}
