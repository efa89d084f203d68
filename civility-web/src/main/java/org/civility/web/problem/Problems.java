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

/**
 * Builds RFC 9457 {@code application/problem+json} responses: {@code type}, {@code title} (in the
 * request's language), {@code status}, {@code detail}, {@code instance}, plus the stable
 * {@code code} and the named {@code args}.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_PREFIX = "urn:civility:problem:";
    /** The arg of a throttled command's exception that says in how many seconds to try again. */
    public static final String RETRY_AFTER = "retryAfterSeconds";

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
            case THROTTLED -> 429;
        };
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
        if (status == 429 && args.get(RETRY_AFTER) != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(args.get(RETRY_AFTER)));
        }
        return response.build();
    }
}
