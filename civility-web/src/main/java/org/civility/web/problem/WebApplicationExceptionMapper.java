package org.civility.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/** Protocol failures raised by JAX-RS itself (unknown path, bad JSON, wrong method) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = JsonBodyLimit.exceeded(e) ? 413 : e.getResponse().getStatus();
        String path = uri == null ? "" : uri.getRequestUri().getRawPath();
        return switch (status) {
            case 401 -> Problems.of(401, WebError.UNAUTHENTICATED, Map.of(), headers, uri, null);
            case 404 -> Problems.of(404, WebError.NO_SUCH_RESOURCE, Map.of("path", path), headers, uri, null);
            case 405 -> Problems.of(405, WebError.METHOD_NOT_ALLOWED,
                    Map.of("method", request == null ? "?" : request.getMethod(), "path", path), headers, uri, null);
            case 406 -> Problems.of(406, WebError.NOT_ACCEPTABLE, Map.of(), headers, uri, null);
            case 413 -> UnexpectedExceptionMapper.tooLarge(headers, uri);
            case 415 -> Problems.of(415, WebError.UNSUPPORTED_MEDIA_TYPE, Map.of(), headers, uri, null);
            default -> status >= 500
                    ? DatabaseOutages.isOutage(e) ? UnexpectedExceptionMapper.databaseUnavailable(headers, uri)
                    : UnexpectedExceptionMapper.internal(e, headers, uri)
                    : Problems.of(status, WebError.MALFORMED_REQUEST, Map.of("reason", reason(e)), headers, uri, null);
        };
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
