package org.civility.persistence.team;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
        String id = team.id().toString();
        TeamEntity e = em.find(TeamEntity.class, id);
        if (e == null) {
            StoredVersions.checkNew("team", team.id(), team.version());
            e = new TeamEntity(id);
            TeamMapper.copy(team, e);
            em.persist(e);
        } else {
            StoredVersions.check("team", team.id(), team.version(), e.version);
            TeamMapper.copy(team, e);
            // Every store is a new version, even when only members changed or nothing did.
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        StoredVersions.flush(em, "team", team.id(), team.version());
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
