package org.civility.web.activity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.activity.ActivityService;
import org.civility.web.activity.ActivityDtos.ProgrammeTemplateDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The built-in seasonal programmes (篇3) that {@code POST v1/activities/from-template} creates activities from. */
@Path("v1/programme-templates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities", description = "Activities of the practice forms 讲评帮乐庆, sign-up and waiting list")
public class ProgrammeTemplateResource {

    @Inject
    ActivityService service;

    @GET
    @Operation(summary = "The seasonal programmes: 学雷锋, 夏季送清凉, 金秋敬老, 冬季送温暖 (a short, fixed list)")
    public List<ProgrammeTemplateDto> list() {
        return service.templates().stream().map(ProgrammeTemplateDto::of).toList();
    }
}
