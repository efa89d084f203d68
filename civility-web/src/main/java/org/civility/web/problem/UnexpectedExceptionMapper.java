package org.civility.web.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. A domain exception wrapped by a container (a transaction interceptor, say) is
 * unwrapped; a database that cannot be reached is a 503 DATABASE-UNAVAILABLE with {@code Retry-After}
 * ({@link DatabaseOutages}); unreadable JSON is a 400 MALFORMED-REQUEST; an optimistic-lock failure is a 409
 * STALE-VERSION; a write refused by an integrity constraint (SQLSTATE class 23, a race between two requests) is a 409
 * WRITE-CONFLICT that names no constraint or value; the rest is a 500 whose detail
 * carries a reference to the log entry and nothing internal.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
        return map(e, headers, uri);
    }

    /** The answer to {@code e}, whatever mapper caught it. */
    static Response map(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutages.isOutage(e)) {
            return databaseUnavailable(headers, uri);
        }
        if (JsonBodyLimit.exceeded(e)) {
            return tooLarge(headers, uri);
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof CivilityException ce) {
                return Problems.of(ce, headers, uri);
            }
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                // A unique key refused the second of two concurrent writes that each checked first (two offers of
                // one owner, two plans of one year): the loser retries and meets the rule's own answer.
                return Problems.of(409, WebError.WRITE_CONFLICT, Map.of(), headers, uri, null);
            }
            if (c instanceof OptimisticLockException) {
                return Problems.of(409, SharedError.STALE_VERSION,
                        Map.of("what", "record", "id", "-", "expected", "-", "actual", "-"), headers, uri, null);
            }
            if (c instanceof jakarta.json.bind.JsonbException || c instanceof jakarta.json.JsonException
                    || c instanceof jakarta.ws.rs.ProcessingException) {
                return Problems.of(400, WebError.MALFORMED_REQUEST,
                        Map.of("reason", String.valueOf(c.getMessage()).lines().findFirst().orElse("")),
                        headers, uri, null);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (rolledBackAtCommit(e)) {
            // The transaction manager rolled the request's work back when committing it and kept no cause we know
            // (a connection lost during the commit is the case met): nothing was stored, so the client may send it
            // again, as after any outage.
            LOG.warning(() -> "Commit rolled back without a known cause (" + causeClasses(e) + "): answered 503");
            return Problems.of(503, WebError.DATABASE_UNAVAILABLE,
                    Map.of(Problems.RETRY_AFTER_SECONDS, DatabaseOutages.RETRY_AFTER_SECONDS), headers, uri, null);
        }
        return internal(e, headers, uri);
    }

    /** Whether a commit was rolled back: a {@code RollbackException} in the cause chain. */
    static boolean rolledBackAtCommit(Throwable e) {
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof jakarta.transaction.RollbackException) {
                return true;
            }
        }
        return false;
    }

    /** The classes along the cause chain, without messages (a driver's message may name hosts). */
    private static String causeClasses(Throwable e) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            b.append(b.isEmpty() ? "" : " < ").append(c.getClass().getName());
        }
        return b.toString();
    }

    /** 503 DATABASE-UNAVAILABLE with {@code Retry-After}; logged in one line (a driver's message may name hosts). */
    static Response databaseUnavailable(HttpHeaders headers, UriInfo uri) {
        LOG.warning("Database unavailable: answered 503 DATABASE-UNAVAILABLE");
        return Problems.of(503, WebError.DATABASE_UNAVAILABLE,
                Map.of(Problems.RETRY_AFTER_SECONDS, DatabaseOutages.RETRY_AFTER_SECONDS), headers, uri, null);
    }

    /** 413 REQUEST-TOO-LARGE ({@link JsonBodyLimit}). */
    static Response tooLarge(HttpHeaders headers, UriInfo uri) {
        return Problems.of(413, WebError.REQUEST_TOO_LARGE, Map.of("maxBytes", JsonBodyLimit.MAX_BYTES), headers, uri,
                null);
    }

    static Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
        return Problems.of(500, WebError.INTERNAL, Map.of("reference", reference), headers, uri, null);
    }
}
