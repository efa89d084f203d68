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
import org.civility.core.organisation.UnitId;
import org.civility.core.record.HashChainVerifier;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.shared.PageRequest;
import org.civility.web.record.RecordDtos.ServiceRecordDto;
import org.civility.web.record.RecordDtos.VerificationDto;
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

/** A unit's record chain: the entries an administrator must review, and whether the chain is intact. */
@Path("v1/units/{id}/service-records")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service-records")
public class UnitServiceRecordsResource {

    @Inject
    Actor actor;

    @Inject
    ServiceRecordService records;

    @Inject
    ZoneId zone;

    @GET
    @Path("to-review")
    @Operation(summary = "Flagged entries of the unit not yet corrected (forgotten check-outs), by sequence",
            description = "Needs MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS at the unit. A forgotten check-out is closed "
                    + "at the scheduled end, credits nothing and stays here until a correction credits the time.")
    @APIResponse(responseCode = "200", description = "One page of entries to review",
            content = @Content(schema = @Schema(implementation = PageDto.class)))
    public PageDto<ServiceRecordDto> toReview(@PathParam("id") String id, @QueryParam("offset") Integer offset,
                                              @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(records.toReview(actor, Inputs.unitId(id, "id"), page), page.limit(),
                r -> ServiceRecordDto.of(r, zone));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Verify the unit's hash chain (VIEW at the unit)",
            description = "valid is false when an entry was altered, removed or inserted, cut off the end or rewritten "
                    + "with its hashes recomputed (R-REC-1); firstBroken names the first sequence number that does "
                    + "not verify and reason how it broke.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(schema = @Schema(implementation = VerificationDto.class)))
    public VerificationDto verify(@PathParam("id") String id) {
        UnitId unit = Inputs.unitId(id, "id");
        HashChainVerifier.Verification verification = records.verify(actor, unit);
        return VerificationDto.of(unit, records.chain(actor, unit).size(), verification);
    }
}
