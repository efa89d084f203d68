package org.civility.web.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A JSON body over {@link #MAX_BYTES} is refused with 413 REQUEST-TOO-LARGE without being held in memory: by its
 * {@code Content-Length} before it is parsed, and a body sent without one (chunked) when its reading passes the limit.
 * The rest of the body, up to {@link #DRAINED_BYTES}, is read and dropped before the answer, so that a client which
 * sends its whole body before reading the answer (Java's HTTP client on a kept-alive connection does) gets the 413
 * rather than a connection closed under it. Uploads (files, workbooks) are not JSON and keep their own limits.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class JsonBodyLimit implements ContainerRequestFilter {

    /** The longest JSON body accepted: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;
    /** How much of a refused body is read and dropped before the answer; past it the connection is closed. */
    static final long DRAINED_BYTES = 16L << 20;

    /** Thrown by the reading of a body past the limit; answered 413 by the mappers. */
    static final class BodyTooLarge extends RuntimeException {

        BodyTooLarge() {
            super("JSON body over " + MAX_BYTES + " bytes", null, false, false);
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null
                || !("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))) {
            return;
        }
        if (request.getLength() > MAX_BYTES) {
            drain(request.getEntityStream(), request.getLength());
            throw new WebApplicationException(413);
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    /** Reads and drops what is left of a refused body, if it is not too much. */
    private static void drain(InputStream in, long left) {
        if (left > DRAINED_BYTES) {
            return;
        }
        try {
            byte[] buffer = new byte[8192];
            long dropped = 0;
            int n;
            while (dropped < DRAINED_BYTES && (n = in.read(buffer)) > 0) {
                dropped += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away: nothing to answer anyway
        }
    }

    /** Whether {@code failure} or one of its causes is a body read past the limit. */
    static boolean exceeded(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                drain(in, 0);
                throw new BodyTooLarge();
            }
        }
    }
}
