package org.civility.web.volunteer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Messages;
import org.civility.web.problem.Languages;
import org.civility.web.support.ApiTime;
import org.civility.web.support.Downloads;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Volunteer imports from Excel: upload a workbook for a unit, then follow the background import until it is done.
 * Each row is registered through core's {@code VolunteerService} as the uploader (REGISTER_VOLUNTEERS at the unit,
 * real name, ID number check, guardian consent for minors, no duplicates); invalid rows are reported with their row
 * number and code, never dropped. A bad file (no .xlsx, required columns missing, no rows) answers a problem and
 * stores nothing. The column layout is {@link VolunteerWorkbook}'s.
 */
@Path("v1/units/{id}/volunteer-imports")
@RequestScoped
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "volunteers")
public class VolunteerImportResource {

    @Inject
    Actor actor;

    @Inject
    AccessControl access;

    @Inject
    VolunteerImports imports;

    @Inject
    ZoneId zone;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({VolunteerWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import volunteers from an Excel workbook at the unit (needs REGISTER_VOLUNTEERS there)",
            description = "The body is the .xlsx file (at most 5 MB, 5,000 rows; columns as in the template: 姓名*, "
                    + "身份证号*, 手机号*, 来源, 特长, 监护人姓名, 监护人手机号, 监护人关系, 监护人同意日期). Answers 202 "
                    + "with the import's Location at once; the rows are registered in the background. A file that is no "
                    + "workbook answers 400 IMPORT-NOT-XLSX, a zip bomb 400 IMPORT-FILE-INFLATED (checked as a stream before "
                    + "parsing); while 4 imports run or are read, 409 IMPORT-BUSY before the file is read; missing columns 422 IMPORT-COLUMNS-MISSING; no rows 422 "
                    + "IMPORT-NO-ROWS.")
    @RequestBody(content = @Content(mediaType = VolunteerWorkbook.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "Started; follow the Location",
            content = @Content(schema = @Schema(implementation = ImportDto.class)))
    public Response start(@PathParam("id") String id, InputStream body, @Context UriInfo uri) {
        UnitId unit = Inputs.unitId(id, "id");
        access.require(actor, Permission.REGISTER_VOLUNTEERS, unit);
        List<VolunteerWorkbook.Row> rows = imports.parse(
                () -> VolunteerWorkbook.read(readAtMost(body, VolunteerWorkbook.MAX_BYTES + 1)));
        VolunteerImportJob job = imports.start(actor, unit, rows);
        return Response.accepted(dto(job))
                .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                .build();
    }

    @GET
    @Path("{jobId}")
    @Operation(summary = "How far an import got: rows processed, volunteers imported, rows that failed and why",
            description = "Needs REGISTER_VOLUNTEERS at the unit. Finished imports are kept for an hour.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(schema = @Schema(implementation = ImportDto.class)))
    public ImportDto get(@PathParam("id") String id, @PathParam("jobId") String jobId) {
        UnitId unit = Inputs.unitId(id, "id");
        access.require(actor, Permission.REGISTER_VOLUNTEERS, unit);
        UUID key = Inputs.id(jobId, "jobId", UUID::fromString);
        VolunteerImportJob job = imports.find(key).filter(j -> j.unit().equals(unit))
                .orElseThrow(() -> CivilityException.of(ImportError.JOB_UNKNOWN, "id", key));
        return dto(job);
    }

    @GET
    @Path("template")
    @Produces({VolunteerWorkbook.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The import template: the column headers, allowed values and a sheet explaining them")
    @APIResponse(responseCode = "200", description = "The .xlsx template",
            content = @Content(mediaType = VolunteerWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("id") String id) {
        access.require(actor, Permission.REGISTER_VOLUNTEERS, Inputs.unitId(id, "id"));
        return Response.ok(VolunteerWorkbook.template(), VolunteerWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", Downloads.attachment("volunteer-import-template.xlsx", "志愿者导入模板.xlsx"))
                .build();
    }

    private ImportDto dto(VolunteerImportJob job) {
        Locale locale = Languages.of(headers);
        VolunteerImportJob.Progress p = job.progress();
        List<FailureDto> failed = p.failures().stream()
                .map(f -> new FailureDto(f.row(), f.code().code(), Messages.title(f.code(), locale),
                        Messages.detail(f.code(), locale, f.args())))
                .toList();
        return new ImportDto(job.id().toString(), job.unit().toString(), p.total(), p.processed(), p.imported(),
                failed.size(), failed, p.done(), ApiTime.of(job.startedAt(), zone),
                p.finishedAt() == null ? null : ApiTime.of(p.finishedAt(), zone));
    }

    private static byte[] readAtMost(InputStream body, int limit) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            return body.readNBytes(limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Schema(name = "VolunteerImport", description = "A volunteer import from Excel and how far it got")
    public record ImportDto(String id, String unitId,
                            @Schema(description = "Data rows in the file") int total,
                            @Schema(description = "Rows handled so far") int processed,
                            @Schema(description = "Volunteers registered") int imported,
                            int failedCount,
                            @Schema(description = "Rows not imported, by row number") List<FailureDto> failed,
                            boolean done, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    @Schema(name = "VolunteerImportFailure", description = "A row not imported and why")
    public record FailureDto(@Schema(description = "The row number the spreadsheet shows (headers are row 1)") int row,
                             @Schema(examples = "VOLUNTEER-ID-CHECK-DIGIT") String code,
                             String title,
                             @Schema(description = "The code's detail in the request's language") String reason) {
    }
}
