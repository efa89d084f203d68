package org.civility.web.governance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.civility.core.governance.EffectiveSetting;
import org.civility.core.governance.GovernanceError;
import org.civility.core.governance.GovernanceService;
import org.civility.core.governance.SetPolicySetting;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The governance settings of a unit: what is in force there (the tightest of the default and every
 * value set at the unit or above it), and setting or clearing the unit's own value. A unit may
 * tighten what it inherits, never loosen it (GOV-LOOSEN, 422).
 */
@Path("v1/units/{id}/settings")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "settings", description = "Policy settings a unit inherits, tightens or clears (GOV-LOOSEN)")
public class PolicySettingResource {

    private static final String ID = "id";

    @Inject
    Actor actor;

    @Inject
    GovernanceService service;

    @Inject
    ZoneId zone;

    @Schema(description = "A new value for the setting, as text")
    public record SettingValueDto(@NotNull @Size(max = 200) String value) {
    }

    @Schema(description = "A setting as it stands at a unit: sourceUnitId is the unit whose value is in force "
            + "(null and atDefault true: the default); localValue is the value set at this unit itself, if any; "
            + "changedBy and changedAt say who set the value in force at its source unit and when (null at the "
            + "default and for values stored before the portal kept them)")
    public record SettingDto(String name, String value, String defaultValue, String sourceUnitId,
                             String localValue, boolean atDefault, String changedBy, OffsetDateTime changedAt) {
        static SettingDto of(EffectiveSetting s, ZoneId zone) {
            return new SettingDto(s.name(), s.value(), s.defaultValue(),
                    s.source().map(UnitId::toString).orElse(null), s.localValue().orElse(null), s.isDefault(),
                    s.setBy().orElse(null), s.setAt().map(at -> ApiTime.of(at, zone)).orElse(null));
        }
    }

    public record SettingsDto(String unitId, List<SettingDto> items) {
    }

    @GET
    @Operation(summary = "Every registered setting as it stands at the unit, ordered by name")
    public SettingsDto list(@PathParam(ID) String id) {
        UnitId unit = Inputs.unitId(id, ID);
        return new SettingsDto(unit.toString(), service.settingsAt(actor, unit).stream().map(s -> SettingDto.of(s, zone)).toList());
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One setting as it stands at the unit")
    public SettingDto get(@PathParam(ID) String id, @PathParam("name") String name) {
        return service.settingsAt(actor, Inputs.unitId(id, ID)).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .map(s -> SettingDto.of(s, zone))
                .orElseThrow(() -> CivilityException.of(GovernanceError.UNKNOWN_SETTING, "setting", name));
    }

    @PUT
    @Path("{name}")
    @Operation(summary = "Set the unit's own value; it must not be looser than what the unit inherits (GOV-LOOSEN)")
    public SettingDto set(@PathParam(ID) String id, @PathParam("name") String name,
                          @Valid @NotNull SettingValueDto body) {
        return SettingDto.of(service.set(actor, Inputs.unitId(id, ID), new SetPolicySetting(name, body.value())), zone);
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Clear the unit's own value; the inherited value applies again")
    public SettingDto clear(@PathParam(ID) String id, @PathParam("name") String name) {
        return SettingDto.of(service.clear(actor, Inputs.unitId(id, ID), name), zone);
    }
}
