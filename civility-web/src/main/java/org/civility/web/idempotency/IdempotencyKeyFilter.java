package org.civility.web.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Keeps what a POST with an {@code Idempotency-Key} sent (method, path with query, body) for
 * {@link IdempotencyInterceptor}, and gives the body back to the resource. Reads at most {@link #MAX_BODY} bytes: a
 * longer body is left as it is and the key ignored (no request that creates something is that long).
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyKeyFilter implements ContainerRequestFilter {

    /** The longest body remembered for a key. */
    static final int MAX_BODY = 1 << 20;

    @Inject
    SentRequest sent;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(Idempotent.HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return;
        }
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            InputStream in = request.getEntityStream();
            body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                request.setEntityStream(new java.io.SequenceInputStream(new ByteArrayInputStream(body), in));
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        sent.sent(key, request.getMethod(), request.getUriInfo().getRequestUri().getRawPath()
                + (request.getUriInfo().getRequestUri().getRawQuery() == null ? ""
                : "?" + request.getUriInfo().getRequestUri().getRawQuery()), body);
    }
}
