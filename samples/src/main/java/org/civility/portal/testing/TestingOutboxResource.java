package org.civility.portal.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.civility.portal.notice.LoggingNotifier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the demo notifier sent to a phone, for integration tests that sign up as a resident: the phone in the body,
 * never in the address. Answers 404 unless the portal was started with {@code -Dcivility.testing=true}; needs a
 * signed-in account even then.
 */
@Path("v1/testing/sent-codes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "testing", description = "Test support, answers 404 unless the portal runs with -Dcivility.testing=true")
public class TestingOutboxResource {

    public record PhoneDto(@NotBlank @Size(max = 20) String phone) {
    }

    public record SentCodeDto(String code, String expiresAt) {
    }

    @Inject
    Actor actor;

    @Inject
    TestingClock testingClock;

    @Inject
    LoggingNotifier notifier;

    @POST
    @Path("last")
    @Operation(summary = "The last sign-up code sent to a phone (test portals only)")
    public SentCodeDto last(@Valid @NotNull PhoneDto body) {
        if (!testingClock.enabled()) {
            throw new NotFoundException();
        }
        actor.name();
        return notifier.lastCodeFor(body.phone()).map(m -> new SentCodeDto(m.code(), m.expiresAt().toString()))
                .orElseThrow(NotFoundException::new);
    }
}
