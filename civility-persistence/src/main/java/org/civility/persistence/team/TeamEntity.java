package org.civility.persistence.team;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A team of a unit and its members, as stored. */
@Entity
@Table(name = "civ_team")
public class TeamEntity {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "unit_id", nullable = false, length = 36)
    String unitId;

    @Column(name = "kind", nullable = false, length = 32)
    String kind;

    @Column(name = "name", nullable = false, length = 100)
    String name;

    @Column(name = "formed_at", nullable = false)
    Instant formedAt;

    /** In no particular order: the aggregate orders its members itself (by joining time, then volunteer). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "civ_team_member", joinColumns = @JoinColumn(name = "team_id"))
    List<TeamMemberEmbeddable> members = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected TeamEntity() {
    }

    TeamEntity(String id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "TeamEntity[" + id + ", v" + version + "]";
    }
}
