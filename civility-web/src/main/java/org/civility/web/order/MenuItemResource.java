package org.civility.web.order;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.order.DescribeMenuItem;
import org.civility.core.order.ListMenuItem;
import org.civility.core.order.MenuItem;
import org.civility.core.order.MenuItemId;
import org.civility.core.order.MenuService;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.PageRequest;
import org.civility.web.order.OrderDtos.DescribeMenuItemDto;
import org.civility.web.order.OrderDtos.ListMenuItemDto;
import org.civility.web.order.OrderDtos.MenuItemDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A unit's project menu (项目清单): staff (MANAGE_ACTIVITIES at the unit) list, describe, withdraw and relist items;
 * anyone who may view the unit, residents included, browses its active menu. Changes accept {@code If-Match} with
 * the version read and answer the item with its new {@code ETag}.
 */
@Path("v1/menu-items")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "menu-items", description = "Units' project menus of services residents can order (项目清单)")
public class MenuItemResource {

    @Inject
    Actor actor;

    @Inject
    MenuService service;

    @POST
    @Operation(summary = "Put a new item on a unit's menu (needs MANAGE_ACTIVITIES there)",
            description = "A blank or too long name answers 422 ORDER-TEXT-INVALID.")
    @APIResponse(responseCode = "201", description = "Listed, active",
            content = @Content(schema = @Schema(implementation = MenuItemDto.class)))
    public Response create(@Valid @NotNull ListMenuItemDto body, @Context UriInfo uri) {
        MenuItem item = service.list(actor, new ListMenuItem(Inputs.unitId(body.unit(), "unit"), body.name(),
                body.description(), body.skills() == null ? List.of() : body.skills()));
        return Response.created(uri.getAbsolutePathBuilder().path(item.id().toString()).build())
                .tag(Versions.etag(item.version()))
                .entity(MenuItemDto.of(item))
                .build();
    }

    @GET
    @Operation(summary = "The menu of exactly the given unit, by name",
            description = "The active menu for anyone who may view the unit (residents browse it to order); with "
                    + "all=true the whole menu, withdrawn items included, for its staff (MANAGE_ACTIVITIES).")
    @APIResponse(responseCode = "200", description = "A page of menu items")
    public PageDto<MenuItemDto> list(
            @Parameter(description = "Id of the unit", required = true) @QueryParam("unit") String unit,
            @Parameter(description = "Include withdrawn items (staff only)") @QueryParam("all") boolean all,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        UnitId unitId = Inputs.unitId(unit, "unit");
        return PageDto.of(all ? service.wholeMenu(actor, unitId, page) : service.activeMenu(actor, unitId, page),
                page.limit(), MenuItemDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One menu item (needs VIEW at its unit); ETag is the version")
    @APIResponse(responseCode = "200", description = "The item",
            content = @Content(schema = @Schema(implementation = MenuItemDto.class)))
    public Response get(@PathParam("id") String id) {
        return ok(service.get(actor, itemId(id)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename or redescribe an item (needs MANAGE_ACTIVITIES at its unit); If-Match optional",
            description = "Another version in If-Match answers 409 STALE-VERSION.")
    @APIResponse(responseCode = "200", description = "The item with its new version",
            content = @Content(schema = @Schema(implementation = MenuItemDto.class)))
    public Response describe(@PathParam("id") String id, @Valid @NotNull DescribeMenuItemDto body,
                             @Parameter(description = "The version read (ETag)")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.describe(actor, new DescribeMenuItem(itemId(id), body.name(), body.description(),
                body.skills(), Inputs.expectedVersion(ifMatch))));
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Take an item off the menu (needs MANAGE_ACTIVITIES at its unit); If-Match optional",
            description = "Orders placed for it keep pointing at it; new orders for it answer 422 "
                    + "ORDER-ITEM-UNAVAILABLE.")
    @APIResponse(responseCode = "200", description = "The withdrawn item",
            content = @Content(schema = @Schema(implementation = MenuItemDto.class)))
    public Response withdraw(@PathParam("id") String id,
                             @Parameter(description = "The version read (ETag)")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.withdraw(actor, itemId(id), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/relist")
    @Operation(summary = "Put a withdrawn item back on the menu (needs MANAGE_ACTIVITIES at its unit); If-Match optional")
    @APIResponse(responseCode = "200", description = "The active item",
            content = @Content(schema = @Schema(implementation = MenuItemDto.class)))
    public Response relist(@PathParam("id") String id,
                           @Parameter(description = "The version read (ETag)")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(service.relist(actor, itemId(id), Inputs.expectedVersion(ifMatch)));
    }

    private static Response ok(MenuItem item) {
        return Response.ok(MenuItemDto.of(item)).tag(Versions.etag(item.version())).build();
    }

    private static MenuItemId itemId(String id) {
        return Inputs.id(id, "id", MenuItemId::of);
    }
}
