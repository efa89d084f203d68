package org.civility.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.organisation.StaffRole;

/** One staff role held by one person at a unit, as stored. */
@Embeddable
public class StaffAssignmentEmbeddable {

    @Column(name = "person_name", nullable = false, length = 200)
    String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    StaffRole role;

    @Column(name = "volunteer_id", length = 36)
    String volunteerId;

    protected StaffAssignmentEmbeddable() {
    }

    StaffAssignmentEmbeddable(String personName, StaffRole role, String volunteerId) {
        this.personName = personName;
        this.role = role;
        this.volunteerId = volunteerId;
    }
}
