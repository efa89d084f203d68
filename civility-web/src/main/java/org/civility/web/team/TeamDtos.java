package org.civility.web.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.team.FiveEldersCategory;
import org.civility.core.team.Profession;
import org.civility.core.team.Team;
import org.civility.core.team.TeamKind;
import org.civility.core.team.TeamMember;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** What the team API reads and writes. */
public final class TeamDtos {

    private TeamDtos() {
    }

    @Schema(name = "FormTeam", description = "A new, empty team of a unit")
    public record FormTeamDto(
            @Schema(description = "Id of the unit the team belongs to") @NotBlank String unit,
            @NotNull TeamKind kind,
            @NotBlank @Size(max = Team.MAX_NAME_LENGTH) String name) {
    }

    @Schema(name = "AddTeamMember", description = "A registered volunteer joining a team")
    public record AddTeamMemberDto(
            @NotBlank String volunteerId,
            @Schema(description = "Required for a FIVE_ELDERS team (R-TEAM-1)") FiveEldersCategory category,
            @Schema(description = "For a PROFESSIONAL team, optional") Profession profession) {
    }

    @Schema(name = "TeamMember")
    public record TeamMemberDto(String volunteerId, FiveEldersCategory category, Profession profession,
                                OffsetDateTime joinedAt) {

        static TeamMemberDto of(TeamMember m, ZoneId zone) {
            return new TeamMemberDto(m.volunteer().toString(), m.category().orElse(null),
                    m.profession().orElse(null), ApiTime.of(m.joinedAt(), zone));
        }
    }

    @Schema(name = "Team", description = "A team with its members, by joining time")
    public record TeamDto(String id, String unit, TeamKind kind, String name, OffsetDateTime formedAt,
                          List<TeamMemberDto> members, long version) {

        static TeamDto of(Team t, ZoneId zone) {
            return new TeamDto(t.id().toString(), t.unit().toString(), t.kind(), t.name(),
                    ApiTime.of(t.formedAt(), zone), t.members().stream().map(m -> TeamMemberDto.of(m, zone)).toList(),
                    t.version());
        }
    }

    @Schema(name = "TeamSummary", description = "A team in a list: its member count instead of its members")
    public record TeamSummaryDto(String id, String unit, TeamKind kind, String name, OffsetDateTime formedAt,
                                 int memberCount, long version) {

        static TeamSummaryDto of(Team t, ZoneId zone) {
            return new TeamSummaryDto(t.id().toString(), t.unit().toString(), t.kind(), t.name(),
                    ApiTime.of(t.formedAt(), zone), t.members().size(), t.version());
        }
    }
}
