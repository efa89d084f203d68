package org.civility.persistence.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.civility.core.organisation.CommitteePost;
import org.civility.core.organisation.LeadershipRole;

/** One seat in a station's leadership, as stored. */
@Embeddable
public class LeadershipSeatEmbeddable {

    @Column(name = "person_name", nullable = false, length = 200)
    String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "post", nullable = false, length = 32)
    CommitteePost post;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    LeadershipRole role;

    protected LeadershipSeatEmbeddable() {
    }

    LeadershipSeatEmbeddable(String personName, CommitteePost post, LeadershipRole role) {
        this.personName = personName;
        this.post = post;
        this.role = role;
    }
}
