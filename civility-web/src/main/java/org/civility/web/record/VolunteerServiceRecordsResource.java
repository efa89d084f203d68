package org.civility.web.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.record.RecordDtos.ServiceRecordDto;
import org.civility.web.record.RecordDtos.TotalsDto;
import org.civility.web.record.RecordDtos.VolunteerRecordsDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.ZoneId;

/** A volunteer's service record: minutes by source and their entries, newest first. */
@Path("v1/volunteers/{id}/service-records")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service-records")
public class VolunteerServiceRecordsResource {

    @Inject
    Actor actor;

    @Inject
    ServiceRecordService records;

    @Inject
    ZoneId zone;

    @GET
    @Operation(summary = "A volunteer's credited minutes by source and one page of their entries",
            description = "All of them for the volunteer themselves; for anyone else only entries of units they may "
                    + "view. Self check-in, administrator make-up and import are counted apart; corrected entries "
                    + "and open sessions credit nothing.")
    @APIResponse(responseCode = "200", description = "Totals and entries",
            content = @Content(schema = @Schema(implementation = VolunteerRecordsDto.class)))
    public VolunteerRecordsDto list(@PathParam("id") String id, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        VolunteerId volunteer = new VolunteerId(Inputs.uuid(id, "id"));
        PageRequest page = Paging.of(offset, limit);
        return new VolunteerRecordsDto(volunteer.toString(), TotalsDto.of(records.totals(actor, volunteer)),
                PageDto.of(records.byVolunteer(actor, volunteer, page), page.limit(),
                        r -> ServiceRecordDto.of(r, zone)));
    }
}
