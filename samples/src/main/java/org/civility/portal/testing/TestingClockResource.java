package org.civility.portal.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.access.Actor;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Shifts the portal's clock for integration tests. Answers 404 unless the portal was started with
 * {@code -Dcivility.testing=true}; needs a signed-in account even then.
 */
@Path("v1/testing/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "testing", description = "Test support, answers 404 unless the portal runs with -Dcivility.testing=true")
public class TestingClockResource {

    /** {@code offset}: an ISO-8601 duration added to the system time, e.g. {@code P8D}. */
    public record ClockDto(@NotBlank String offset, String now) {
    }

    @Inject
    Actor actor;

    @Inject
    TestingClock testingClock;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "The clock's offset and current time (test portals only)")
    public ClockDto get() {
        requireEnabled();
        return current();
    }

    @PUT
    @Operation(summary = "Shift the clock by an ISO-8601 duration from the system time (test portals only)")
    public ClockDto shift(@NotNull ClockDto body) {
        requireEnabled();
        try {
            testingClock.shift(Duration.parse(body.offset()));
        } catch (DateTimeParseException | NullPointerException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "offset", "reason", "not an ISO-8601 duration");
        }
        return current();
    }

    private ClockDto current() {
        return new ClockDto(testingClock.offset().toString(), clock.instant().toString());
    }

    private void requireEnabled() {
        if (!testingClock.enabled()) {
            throw new NotFoundException();
        }
        actor.name();
    }
}
