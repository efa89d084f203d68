package org.civility.web.resource;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

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
import org.civility.core.matching.MatchRequest;
import org.civility.core.order.ServiceOrderId;
import org.civility.core.resource.CandidateFinder;
import org.civility.core.resource.RankedOffer;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.web.resource.ResourceDtos.CandidateDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Candidates for dispatching an order (派单): the resource list ranked for it. */
@Path("v1/orders/{id}/candidates")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "offers", description = "The resource list: what volunteers and teams offer (资源清单)")
public class CandidateResource {

    @Inject
    Actor actor;

    @Inject
    CandidateFinder finder;

    @Inject
    ZoneId zone;

    @GET
    @Operation(summary = "Rank active offers for an order (needs MANAGE_ACTIVITIES at its handling unit)",
            description = "Among the offers of the handling unit's subtree only (a station ranks its own people, an "
                    + "escalated order the institute's too), by the skills of the order's menu item (none for a "
                    + "wish), closeness to the order's unit (its handling unit and parent count as nearby), "
                    + "availability at the requested time (if given) and recent load; ties by offer id.")
    @APIResponse(responseCode = "200", description = "The best offers, best first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CandidateDto.class)))
    public List<CandidateDto> candidates(
            @PathParam("id") String id,
            @Parameter(description = "How many, 1..100 (default 10)") @QueryParam("limit") Integer limit,
            @Parameter(description = "Requested service time (ISO-8601 with offset)", example = "2026-12-05T09:30:00+08:00")
            @QueryParam("at") String at,
            @Parameter(description = "Service length in minutes with 'at' (default 60)") @QueryParam("minutes") Integer minutes) {
        ServiceOrderId order = Inputs.id(id, "id", ServiceOrderId::of);
        int n = limit == null ? 10 : limit;
        if (n < 1 || n > MatchRequest.MAX_LIMIT) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "limit", "reason", "1.." + MatchRequest.MAX_LIMIT);
        }
        Optional<LocalDateTime> when = Optional.ofNullable(at).map(this::localTime);
        List<RankedOffer> ranked = finder.candidates(actor, order, when,
                Duration.ofMinutes(minutes == null ? 60 : minutes), n);
        return IntStream.range(0, ranked.size()).mapToObj(i -> CandidateDto.of(i + 1, ranked.get(i))).toList();
    }

    private LocalDateTime localTime(String value) {
        return Inputs.dateTime(value, "at").atZoneSameInstant(zone).toLocalDateTime();
    }
}
