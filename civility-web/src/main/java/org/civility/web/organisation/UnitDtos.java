package org.civility.web.organisation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.organisation.CommitteePost;
import org.civility.core.organisation.Grid;
import org.civility.core.organisation.LeadershipRole;
import org.civility.core.organisation.LeadershipSeat;
import org.civility.core.organisation.Partner;
import org.civility.core.organisation.PartnerKind;
import org.civility.core.organisation.StaffAssignment;
import org.civility.core.organisation.StaffRole;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What the units API reads and writes. Enum values travel as their constant names. */
public final class UnitDtos {

    private UnitDtos() {
    }

    @Schema(description = "A unit to found; parentId is required for every tier but CENTER")
    public record FoundUnitDto(@NotNull Tier tier,
                               @NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name,
                               String parentId,
                               @Size(max = Unit.MAX_REGION_CODE_LENGTH) String regionCode,
                               @Size(max = Unit.MAX_ADDRESS_LENGTH) String address) {
    }

    public record RenameDto(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name) {
    }

    public record AppointDto(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String personName,
                             @NotNull CommitteePost post,
                             @NotNull LeadershipRole role) {
    }

    @Schema(description = "A staff role for a person; volunteerId links their volunteer record, if any")
    public record StaffDto(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String personName,
                           @NotNull StaffRole role,
                           String volunteerId) {
    }

    public record GridDto(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name, @Min(0) int buildings) {
    }

    public record PartnerDto(@NotBlank @Size(max = Unit.MAX_NAME_LENGTH) String name, @NotNull PartnerKind kind) {
    }

    public record SeatDto(String personName, String post, String role) {
        static SeatDto of(LeadershipSeat s) {
            return new SeatDto(s.personName(), s.post().name(), s.role().name());
        }
    }

    public record StaffMemberDto(String personName, String role, String volunteerId) {
        static StaffMemberDto of(StaffAssignment a) {
            return new StaffMemberDto(a.personName(), a.role().name(), a.volunteerId().map(UUID::toString).orElse(null));
        }
    }

    @Schema(description = "A practice unit; version is its ETag")
    public record UnitDto(String id, String tier, String name, String parentId, String regionCode, String address,
                          List<SeatDto> leadership, List<StaffMemberDto> staff, List<GridDto> grids,
                          List<PartnerDto> partners, boolean dissolved, long version) {

        static UnitDto of(Unit u) {
            return new UnitDto(u.id().toString(), u.tier().name(), u.name(),
                    u.parent().map(UnitId::toString).orElse(null),
                    u.regionCode().orElse(null), u.address().orElse(null),
                    u.leadership().stream().map(SeatDto::of).toList(),
                    u.staff().stream().map(StaffMemberDto::of).toList(),
                    u.grids().stream().map((Grid g) -> new GridDto(g.name(), g.buildings())).toList(),
                    u.partners().stream().map((Partner p) -> new PartnerDto(p.name(), p.kind())).toList(),
                    u.dissolved(), u.version());
        }
    }
}
