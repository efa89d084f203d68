package org.civility.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/**
 * Bean Validation failures of request DTOs: 400 with code VALIDATION and one entry per field, each message in the
 * request's language (the container interpolated it in its own default locale: a zh-CN request got "must not be
 * blank").
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    private static final MessageInterpolator INTERPOLATOR = Validation.byDefaultProvider().configure()
            .getDefaultMessageInterpolator();

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale language = Languages.of(headers);
        JsonArrayBuilder violations = Json.createArrayBuilder();
        e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> violations.add(Json.createObjectBuilder()
                        .add("field", field(v))
                        .add("message", message(v, language))));
        return Problems.of(400, WebError.VALIDATION, Map.of("count", e.getConstraintViolations().size()),
                headers, uri, violations.build());
    }

    /** The violation's message interpolated again in {@code language}; as it came if that fails. */
    static String message(ConstraintViolation<?> v, Locale language) {
        try {
            return INTERPOLATOR.interpolate(v.getMessageTemplate(), new MessageInterpolator.Context() {
                @Override
                public ConstraintDescriptor<?> getConstraintDescriptor() {
                    return v.getConstraintDescriptor();
                }

                @Override
                public Object getValidatedValue() {
                    return v.getInvalidValue();
                }

                @Override
                public <T> T unwrap(Class<T> type) {
                    throw new ValidationException("no provider-specific context: " + type.getName());
                }
            }, language);
        } catch (RuntimeException interpolationFailed) {
            return v.getMessage();
        }
    }

    /** {@code create.arg0.name} becomes {@code name}: clients know fields, not Java methods. */
    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
