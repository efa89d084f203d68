package org.civility.persistence.team;

import jakarta.persistence.EntityManager;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamRepository;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link TeamRepository} over JPA; runs in the caller's transaction. Members are rows of
 * {@code civ_team_member} referring to {@code civ_volunteer}, so a member must be a stored volunteer.
 */
public class JpaTeamRepository implements TeamRepository {

    private final EntityManager em;

    public JpaTeamRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Team> find(TeamId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(TeamEntity.class, id.toString())).map(TeamMapper::toDomain);
    }

    @Override
    public Team store(Team team) {
        requireNonNull(team, "team");
        // Every store is a new version, even when only members changed or nothing did.
        TeamEntity e = StoredVersions.store(em, TeamEntity.class, "team", team.id(), team.version(), TeamEntity::new,
                row -> TeamMapper.copy(team, row), row -> row.version);
        return TeamMapper.toDomain(e);
    }

    @Override
    public Page<Team> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery(
                        "select t from TeamEntity t where t.unitId = :unit order by t.name, t.id", TeamEntity.class)
                .setParameter("unit", unit.toString()), page, TeamMapper::toDomain);
    }
}
