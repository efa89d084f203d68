package org.civility.web.record;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.access.Actor;
import org.civility.core.record.ExportedRecord;
import org.civility.core.record.ServiceRecordExport;
import org.civility.web.problem.Languages;
import org.civility.web.support.Downloads;
import org.civility.web.support.Inputs;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** A unit's service records, with those of every unit below it, over a period as an Excel workbook. */
@Path("v1/units/{id}/service-records/export")
@RequestScoped
@Transactional
@PersonalData
@Tag(name = "service-records")
public class ServiceRecordExportResource {

    @Inject
    Actor actor;

    @Inject
    ServiceRecordExport export;

    @Inject
    ZoneId zone;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({ServiceRecordWorkbook.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The service records of the unit's subtree over a period, as .xlsx (staff who keep the "
            + "unit's records: MANAGE_ACTIVITIES or REGISTER_VOLUNTEERS there; volunteers and residents 403)",
            description = "One row per effective entry (corrected entries are replaced by their correction) whose "
                    + "start lies between from and to (both included, in the service's zone): volunteer, recording "
                    + "unit, service, where, start, end, minutes, source, status, recorder and the stable ids. Headers "
                    + "in the request's language. At most 1,100 days (400 RECORD-EXPORT-PERIOD) and 50,000 entries "
                    + "(422 RECORD-EXPORT-TOO-LARGE).")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ServiceRecordWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") String id,
                           @Parameter(description = "First day, e.g. 2026-01-01", required = true)
                           @QueryParam("from") String from,
                           @Parameter(description = "Last day, included", required = true)
                           @QueryParam("to") String to) {
        LocalDate first = Inputs.date(from, "from");
        LocalDate last = Inputs.date(to, "to");
        List<ExportedRecord> lines = export.entries(actor, Inputs.unitId(id, "id"),
                first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
        byte[] xlsx = ServiceRecordWorkbook.write(lines, first, last, zone, Languages.of(headers));
        return Response.ok(xlsx, ServiceRecordWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", Downloads.attachment(
                        "service-records-" + first + "-" + last + ".xlsx", "服务记录-" + first + "-" + last + ".xlsx"))
                .header("X-Total-Count", lines.size())
                .build();
    }
}
