package org.civility.web.lecture;

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
import org.civility.core.lecture.LectureService;
import org.civility.web.lecture.LectureDtos.ComplianceReportDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R-LECT-1: the monthly lecture compliance report of the stations below a unit. */
@Path("v1/units/{id}/lecture-compliance")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "lectures", description = "Lectures (讲): prepare, give, review; materials archive (R-LECT-2, R-LECT-3)")
public class LectureComplianceResource {

    @Inject
    Actor actor;

    @Inject
    LectureService service;

    @GET
    @Operation(summary = "Every station at or below the unit with the months it held no 讲 (R-LECT-1; needs VIEW)",
            description = "A lecture given or reviewed, or a held activity of the lecture form, at the station or "
                    + "one of its points or bases counts in the month of its start in Asia/Shanghai. "
                    + "At most 36 months; to before from answers 400 LECTURE-PERIOD-INVALID.")
    public ComplianceReportDto report(@PathParam("id") String id,
                                      @Parameter(description = "First month, e.g. 2026-01", required = true)
                                      @QueryParam("from") String from,
                                      @Parameter(description = "Last month, e.g. 2026-06", required = true)
                                      @QueryParam("to") String to) {
        return ComplianceReportDto.of(service.complianceReport(actor, Inputs.unitId(id, "id"),
                Inputs.yearMonth(from, "from"), Inputs.yearMonth(to, "to")));
    }
}
