package org.civility.benchmarks.baseline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/**
 * {@code GET /api/ping}: a small JSON answer built from nothing, the most the server can give per request. The HTTP
 * benchmarks measure the portal's endpoints against it, on the same Payara Micro and in the same run; it is also
 * what {@code scripts/bench-http} polls to tell when the baseline WAR is ready.
 */
@Path("ping")
public class PingResource {

    /** What the endpoint answers: a name, a status and the time, serialised by the server's JSON-B. */
    public record Pong(String service, String status, Instant at) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Pong ping() {
        return new Pong("civility-bench-baseline", "UP", Instant.now());
    }
}
