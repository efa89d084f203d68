package org.civility.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.Account;
import org.civility.core.account.AccountId;
import org.civility.core.account.AccountService;
import org.civility.core.account.CreateAccount;
import org.civility.core.account.CreatedAccount;
import org.civility.core.account.ExternalIdentity;
import org.civility.core.account.OneTimePassword;
import org.civility.core.shared.PageRequest;
import org.civility.web.account.AccountDtos.AccountDto;
import org.civility.web.account.AccountDtos.ChangePasswordDto;
import org.civility.web.account.AccountDtos.CreateAccountDto;
import org.civility.web.account.AccountDtos.GrantDto;
import org.civility.web.account.AccountDtos.WithOneTimePasswordDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Accounts (DOMAIN §9). Administrators (MANAGE_ACCOUNTS) keep the accounts of their subtree; R-ACC-1 (never beyond
 * one's subtree or one's own permissions) is core's. Whole-account commands carry the version read ({@code If-Match},
 * optional). A new or reset password account gets a one-time password, answered once.
 */
@Path("v1/accounts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "accounts", description = "Accounts, roles and passwords (R-ACC-1, R-ACC-2)")
public class AccountResource {

    private static final String ID = "id";

    @Inject
    Actor actor;

    @Inject
    AccountService service;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The accounts holding a role at exactly ?unit=, by username, paged (needs MANAGE_ACCOUNTS there)")
    public PageDto<AccountDto> list(@QueryParam("unit") String unit, @QueryParam("offset") Integer offset,
                                    @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.accountsAt(actor, Inputs.unitId(unit, "unit"), page), page.limit(), AccountDto::of);
    }

    @POST
    @Operation(summary = "Create an account with its first roles; a password account's one-time password is answered "
            + "once (the person must change it at the first sign-in); R-ACC-1 403 beyond one's authority")
    public Response create(@Valid @NotNull CreateAccountDto body, @Context UriInfo uri) {
        Set<RoleGrant> grants = new HashSet<>();
        body.grants().forEach(g -> grants.add(grant(g)));
        Optional<ExternalIdentity> external = body.externalIssuer() == null || body.externalIssuer().isBlank()
                ? Optional.empty() : Optional.of(new ExternalIdentity(body.externalIssuer(), body.externalSubject()));
        CreatedAccount created = service.create(actor, new CreateAccount(body.username().strip(), body.name().strip(),
                external, grants));
        return Response.created(uri.getAbsolutePathBuilder().path(created.account().id().toString()).build())
                .tag(Versions.etag(created.account().version()))
                .entity(new WithOneTimePasswordDto(AccountDto.of(created.account()),
                        created.oneTimePassword().map(OneTimePassword::value).orElse(null)))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One account; ETag is its version")
    public Response get(@PathParam(ID) String id) {
        return withTag(service.get(actor, accountId(id)));
    }

    @POST
    @Path("{id}/grants")
    @Operation(summary = "Grant a role at a unit (R-ACC-1: inside one's subtree, never a permission one lacks)")
    public Response grant(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch,
                          @Valid @NotNull GrantDto body) {
        return withTag(service.grant(actor, accountId(id), Inputs.expectedVersion(ifMatch), grant(body)));
    }

    @DELETE
    @Path("{id}/grants/{role}/{unitId}")
    @Operation(summary = "Revoke a role at a unit (R-ACC-1); an account's last role is not revoked: disable it")
    public Response revoke(@PathParam(ID) String id, @PathParam("role") String role, @PathParam("unitId") String unit,
                           @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.revoke(actor, accountId(id), Inputs.expectedVersion(ifMatch),
                new RoleGrant(Inputs.constant(Role.class, role, "role"), Inputs.unitId(unit, "unitId"))));
    }

    @POST
    @Path("{id}/disabling")
    @Operation(summary = "Disable an account: its sign-in is refused and its sessions end at once")
    public Response disable(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.disable(actor, accountId(id), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/enabling")
    @Operation(summary = "Enable a disabled account again (a password account must then choose a new password)")
    public Response enable(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(service.enable(actor, accountId(id), Inputs.expectedVersion(ifMatch)));
    }

    @POST
    @Path("{id}/password-reset")
    @Operation(summary = "Reset a password: a one-time password, answered once, to change at the next sign-in; the "
            + "account's sessions end")
    public Response reset(@PathParam(ID) String id, @HeaderParam("If-Match") String ifMatch) {
        AccountId account = accountId(id);
        OneTimePassword password = service.resetPassword(actor, account, Inputs.expectedVersion(ifMatch));
        Account after = service.get(actor, account);
        return Response.ok(new WithOneTimePasswordDto(AccountDto.of(after), password.value()))
                .tag(Versions.etag(after.version())).build();
    }

    @PUT
    @Path("me/password")
    @Operation(summary = "Change one's own password, proving the current one (R-ACC-2 counts wrong ones; 429 with "
            + "Retry-After when throttled)")
    public Response changeOwnPassword(@Valid @NotNull ChangePasswordDto body) {
        Account account = service.changeOwnPassword(actor, body.currentPassword(), body.newPassword(),
                request.getRemoteAddr());
        return withTag(account);
    }

    private static RoleGrant grant(GrantDto g) {
        return new RoleGrant(g.role(), Inputs.unitId(g.unitId(), "unitId"));
    }

    private static AccountId accountId(String id) {
        return Inputs.id(id, ID, AccountId::of);
    }

    private static Response withTag(Account account) {
        return Response.ok(AccountDto.of(account)).tag(Versions.etag(account.version())).build();
    }
}
