package org.civility.persistence.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One volunteer's check-in with a code ({@code civ_check_in_code_use}); inserted once, never changed. */
@Entity
@Table(name = "civ_check_in_code_use")
@IdClass(CodeCheckInEntity.Key.class)
public class CodeCheckInEntity {

    @Id
    @Column(name = "code_id", length = 36)
    String codeId;

    @Id
    @Column(name = "volunteer_id", length = 36)
    String volunteerId;

    @Column(name = "session_id", nullable = false, length = 36, updatable = false)
    String sessionId;

    @Column(name = "checked_in_at", nullable = false, updatable = false)
    Instant checkedInAt;

    protected CodeCheckInEntity() {
    }

    CodeCheckInEntity(String codeId, String volunteerId) {
        this.codeId = codeId;
        this.volunteerId = volunteerId;
    }

    /** The primary key: code and volunteer. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String codeId;
        String volunteerId;

        public Key() {
        }

        Key(String codeId, String volunteerId) {
            this.codeId = codeId;
            this.volunteerId = volunteerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(codeId, k.codeId) && Objects.equals(volunteerId, k.volunteerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(codeId, volunteerId);
        }
    }

    @Override
    public String toString() {
        return "CodeCheckInEntity[" + codeId + ", " + volunteerId + "]";
    }
}
