package org.civility.persistence.team;

import org.civility.core.organisation.UnitId;
import org.civility.core.team.FiveEldersCategory;
import org.civility.core.team.Profession;
import org.civility.core.team.Team;
import org.civility.core.team.TeamId;
import org.civility.core.team.TeamKind;
import org.civility.core.team.TeamMember;
import org.civility.core.volunteer.VolunteerId;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps teams between core and their JPA model. */
final class TeamMapper {

    private TeamMapper() {
    }

    /** Rebuilds the aggregate through {@link Team#restore}, so stored rows are checked again (R-TEAM-1 included). */
    static Team toDomain(TeamEntity e) {
        return Team.restore(TeamId.of(e.id), UnitId.of(e.unitId), TeamKind.valueOf(e.kind), e.name, e.formedAt,
                e.members.stream().map(TeamMapper::toDomain).toList(), e.version);
    }

    /**
     * Copies every field but id and version onto {@code e}. Members who stay keep their rows;
     * only those who left or joined change the member table.
     */
    static void copy(Team t, TeamEntity e) {
        e.unitId = t.unit().toString();
        e.kind = t.kind().name();
        e.name = t.name();
        e.formedAt = t.formedAt();
        Map<String, TeamMember> wanted = t.members().stream()
                .collect(Collectors.toMap(m -> m.volunteer().toString(), Function.identity()));
        e.members.removeIf(row -> !wanted.containsKey(row.volunteerId) || !toDomain(row).equals(wanted.get(row.volunteerId)));
        e.members.forEach(row -> wanted.remove(row.volunteerId));
        t.members().stream()
                .filter(m -> wanted.containsKey(m.volunteer().toString()))
                .map(TeamMapper::toRow)
                .forEach(e.members::add);
    }

    private static TeamMember toDomain(TeamMemberEmbeddable row) {
        return new TeamMember(VolunteerId.of(row.volunteerId),
                Optional.ofNullable(row.category).map(FiveEldersCategory::valueOf),
                Optional.ofNullable(row.profession).map(Profession::valueOf), row.joinedAt);
    }

    private static TeamMemberEmbeddable toRow(TeamMember m) {
        return new TeamMemberEmbeddable(m.volunteer().toString(), m.category().map(Enum::name).orElse(null),
                m.profession().map(Enum::name).orElse(null), m.joinedAt());
    }
}
