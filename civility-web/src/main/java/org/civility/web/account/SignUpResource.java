package org.civility.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.civility.core.account.Account;
import org.civility.core.account.ResidentSignUp;
import org.civility.web.account.AccountDtos.AccountDto;
import org.civility.web.support.Inputs;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Residents sign themselves up (DOMAIN §9), without an account yet, so the portal lets anyone call these: the list
 * of stations to choose from, a one-time code sent to one's phone, and the sign-up with it. The account is then
 * signed in like any other. Throttling and the one answer for every wrong code are core's ({@link ResidentSignUp}).
 */
@Path(SignUpResource.PATH)
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sign-up", description = "Residents sign themselves up with their phone and a one-time code")
public class SignUpResource {

    public static final String PATH = "v1/sign-ups";

    @Inject
    ResidentSignUp signUp;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    public record StationDto(String id, String name, String institute) {
    }

    public record CodeRequestDto(@NotBlank @Size(max = 20) String phone) {
    }

    public record CodeSentDto(String expiresAt, long expiresInSeconds) {
    }

    public record SignUpDto(@NotBlank @Size(max = 20) String phone, @NotBlank @Size(max = 12) String code,
                            @NotBlank @Size(max = 128) String name, @NotBlank @Size(max = 36) String stationId,
                            @NotBlank @Size(max = 200) String password) {
    }

    @GET
    @Path("stations")
    @Operation(summary = "The stations a resident may sign up at, with their institutes (public)")
    public List<StationDto> stations() {
        return signUp.stations().stream()
                .map(s -> new StationDto(s.id().toString(), s.name(), s.institute())).toList();
    }

    @POST
    @Path("codes")
    @Operation(summary = "Send a one-time code to a mobile number (valid 5 minutes; 429 SIGN-UP-THROTTLED with "
            + "Retry-After after 5 codes for the phone or 20 from the address within an hour; 503 "
            + "SIGN-UP-CODE-UNDELIVERABLE when it cannot be sent)")
    public Response requestCode(@Valid @NotNull CodeRequestDto body) {
        Instant expiresAt = signUp.requestCode(body.phone().strip(), request.getRemoteAddr());
        long seconds = Math.max(0, Duration.between(clock.instant(), expiresAt).toSeconds());
        return Response.accepted(new CodeSentDto(expiresAt.toString(), seconds)).build();
    }

    @POST
    @Operation(summary = "Sign up as a resident of a station with the code received (400 SIGN-UP-CODE-INVALID for a "
            + "wrong, expired or used code; 409 ACCOUNT-USERNAME-TAKEN when the number has an account: sign in)")
    public Response signUp(@Valid @NotNull SignUpDto body) {
        Account account = signUp.signUp(new ResidentSignUp.SignUp(body.phone().strip(), body.code(),
                body.name().strip(), Inputs.unitId(body.stationId(), "stationId"), body.password()));
        return Response.status(Response.Status.CREATED).entity(AccountDto.of(account)).build();
    }
}
