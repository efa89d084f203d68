package org.civility.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;
import org.civility.core.shared.Messages;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds RFC 9457 {@code application/problem+json} responses: {@code type}, {@code title} (in the
 * request's language), {@code status}, {@code detail}, {@code instance}, plus the stable
 * {@code code} and the named {@code args}. A 429 or 503 (an error of kind {@link ErrorKind#THROTTLED} or
 * {@link ErrorKind#UNAVAILABLE}) carries {@code Retry-After} in seconds from its argument {@value #RETRY_AFTER_SECONDS}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    // Built without MediaType.valueOf, which needs a JAX-RS runtime even to load this class.
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    /** The argument of a {@link ErrorKind#THROTTLED} error that names the wait in whole seconds. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";
    private static final String TYPE_PREFIX = "urn:civility:problem:";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVICE_UNAVAILABLE = 503;

    private Problems() {
    }

    /** The HTTP status of a kind of failure. */
    public static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE -> 422;
            case THROTTLED -> TOO_MANY_REQUESTS;
            case UNAVAILABLE -> SERVICE_UNAVAILABLE;
        };
    }

    /**
     * The {@code Retry-After} value of a throttled answer: the whole, positive seconds of the argument
     * {@value #RETRY_AFTER_SECONDS} (a number, or its decimal text); empty without one.
     */
    public static Optional<String> retryAfter(Map<String, ?> args) {
        Object value = args.get(RETRY_AFTER_SECONDS);
        long seconds;
        if (value instanceof Number n) {
            seconds = n.longValue();
        } else if (value instanceof String text && text.strip().matches("[0-9]{1,18}")) {
            seconds = Long.parseLong(text.strip());
        } else {
            return Optional.empty();
        }
        return seconds > 0 ? Optional.of(Long.toString(seconds)) : Optional.empty();
    }

    public static Response of(CivilityException e, HttpHeaders headers, UriInfo uri) {
        int status = e.errorCode() == WebError.UNAUTHENTICATED ? 401 : status(e.kind());
        return of(status, e.errorCode(), e.args(), headers, uri, null);
    }

    public static Response of(int status, ErrorCode code, Map<String, ?> args, HttpHeaders headers, UriInfo uri,
                              JsonArray violations) {
        Locale locale = Languages.of(headers);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + code.code())
                .add("title", Messages.title(code, locale))
                .add("status", status)
                .add("detail", Messages.detail(code, locale, args))
                .add("code", code.code());
        if (uri != null) {
            body.add("instance", uri.getRequestUri().getRawPath());
        }
        JsonObjectBuilder argsJson = Json.createObjectBuilder();
        args.forEach((k, v) -> argsJson.add(k, String.valueOf(v)));
        body.add("args", argsJson);
        if (violations != null) {
            body.add("violations", violations);
        }
        Response.ResponseBuilder response = Response.status(status)
                .type(PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(body.build().toString());
        if (status == TOO_MANY_REQUESTS || status == SERVICE_UNAVAILABLE) {
            retryAfter(args).ifPresent(seconds -> response.header(HttpHeaders.RETRY_AFTER, seconds));
        }
        return response.build();
    }
}
