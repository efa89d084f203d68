package org.civility.persistence.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A volunteer checked in for a held activity, as a row of {@code civ_activity_record_attendee}. */
@Embeddable
public class AttendeeEmbeddable {

    @Column(name = "volunteer_id", nullable = false, length = 36)
    String volunteerId;

    @Column(name = "name", nullable = false, length = 50)
    String name;

    protected AttendeeEmbeddable() {
    }

    AttendeeEmbeddable(String volunteerId, String name) {
        this.volunteerId = volunteerId;
        this.name = name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttendeeEmbeddable a && Objects.equals(volunteerId, a.volunteerId)
                && Objects.equals(name, a.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(volunteerId, name);
    }
}
