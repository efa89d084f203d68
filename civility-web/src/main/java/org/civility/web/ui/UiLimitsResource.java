package org.civility.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The limits of the text fields the API reads ({@link UiLimits}), for the browser UI's inputs. The resource classes
 * are the CDI beans annotated with {@link Path}: civility-web's and those of the portal that deploys it. Read once,
 * on the first request. Public, like the texts: the sign-in and sign-up pages need them before anyone signs in.
 */
@Path(UiLimitsResource.PATH)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ui", description = "Texts and field limits of the browser UI")
public class UiLimitsResource {

    public static final String PATH = "v1/ui/limits";

    @Inject
    BeanManager beans;

    private volatile SortedMap<String, UiLimits.Limit> limits;

    @GET
    @Operation(summary = "The limits of the text fields of the API's requests, from their validation: by "
            + "\"<DTO>.<field>\" (e.g. PlaceOrderDto.description), the maxLength, minLength and pattern it sets")
    @APIResponse(responseCode = "200", description = "The limits by field",
            content = @Content(schema = @Schema(type = SchemaType.OBJECT, additionalProperties = UiLimits.Limit.class)))
    public Response limits() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(read()).cacheControl(cache).build();
    }

    private SortedMap<String, UiLimits.Limit> read() {
        SortedMap<String, UiLimits.Limit> read = limits;
        if (read == null) {
            Set<Class<?>> resources = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                    .<Class<?>>map(Bean::getBeanClass).filter(c -> c.isAnnotationPresent(Path.class))
                    .collect(Collectors.toSet());
            try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
                read = UiLimits.of(resources, validation.getValidator());
            }
            limits = read;
        }
        return read;
    }
}
