package org.civility.web.activity;

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
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.ActivityRecordService;
import org.civility.core.activity.MonthOfRecords;
import org.civility.core.activity.RecordPhoto;
import org.civility.core.shared.CivilityException;
import org.civility.web.activity.ActivityRecordDtos.MonthDto;
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

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A unit's month of activity records (R-ACT-1), the report a station files with the county: the records of the
 * activities held at the unit and every unit below it (a station's points and bases) that started in the month, and
 * the held activities still without a record. As JSON, or with {@code Accept: application/pdf} a PDF to file, or with
 * the Excel media type a workbook. Needs MANAGE_ACTIVITIES at the unit: the report names who attended.
 */
@Path("v1/units/{id}/activity-records")
@RequestScoped
@Transactional
@PersonalData
@Tag(name = "activity-records")
public class ActivityRecordReportResource {

    /** The PDF's media type. */
    public static final String APPLICATION_PDF = "application/pdf";

    private static final String SUMMARY = "A unit's month of activity records, with its points and bases "
            + "(needs MANAGE_ACTIVITIES at the unit)";
    private static final String DESCRIPTION = "The records of the activities held at the unit and below it that "
            + "started in the month (in the service's zone), by start, and the held activities without a record. "
            + "The same report as JSON, as a PDF to file (Accept: application/pdf) or as an Excel workbook (Accept: "
            + ActivityRecordWorkbook.MEDIA_TYPE + "). At most 2,000 records (422 ACTIVITY-RECORD-REPORT-TOO-LARGE); "
            + "an unknown unit 404.";

    @Inject
    Actor actor;

    @Inject
    ActivityRecordService service;

    @Inject
    ActivityRecordPdf pdf;

    @Inject
    ZoneId zone;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = SUMMARY, description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The month's records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MonthDto.class)))
    public MonthDto json(@PathParam("id") String id,
                         @Parameter(description = "The month, e.g. 2026-03", required = true)
                         @QueryParam("month") String month) {
        return MonthDto.of(month(id, month), zone);
    }

    @GET
    @Produces(APPLICATION_PDF)
    @Operation(summary = SUMMARY + ", as a PDF", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = APPLICATION_PDF, schema = @Schema(type = SchemaType.STRING,
                    format = "binary")))
    public Response pdf(@PathParam("id") String id,
                        @Parameter(description = "The month, e.g. 2026-03", required = true)
                        @QueryParam("month") String month) {
        MonthOfRecords records = month(id, month);
        byte[] bytes = pdf.render(records, zone, this::firstPhoto, clock.instant());
        return Response.ok(bytes, APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(records, "pdf"))
                .header("X-Total-Count", records.records().size())
                .build();
    }

    @GET
    @Produces(ActivityRecordWorkbook.MEDIA_TYPE)
    @Operation(summary = SUMMARY + ", as an Excel workbook", description = DESCRIPTION
            + " Headers in the request's language.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = ActivityRecordWorkbook.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("id") String id,
                         @Parameter(description = "The month, e.g. 2026-03", required = true)
                         @QueryParam("month") String month) {
        MonthOfRecords records = month(id, month);
        byte[] bytes = ActivityRecordWorkbook.write(records, zone, Languages.of(headers));
        return Response.ok(bytes, ActivityRecordWorkbook.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(records, "xlsx"))
                .header("X-Total-Count", records.records().size())
                .build();
    }

    private MonthOfRecords month(String id, String month) {
        YearMonth which = Inputs.yearMonth(month, "month");
        return service.month(actor, Inputs.unitId(id, "id"), which);
    }

    /** The bytes of a record's first photo, or empty when they cannot be read (the report is made anyway). */
    private Optional<byte[]> firstPhoto(ActivityRecord record) {
        Optional<RecordPhoto> first = record.photos().stream().findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = service.openPhoto(actor, record.activity(), first.get().id()).content()) {
            return Optional.of(in.readNBytes(ActivityRecordPdf.MAX_PHOTO_BYTES));
        } catch (IOException | CivilityException | java.io.UncheckedIOException missing) {
            return Optional.empty();
        }
    }

    private static String attachment(MonthOfRecords records, String extension) {
        String unit = records.unitName().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        return Downloads.attachment("activity-records-" + records.month() + "." + extension,
                "活动台账-" + unit + "-" + records.month() + "." + extension);
    }
}
