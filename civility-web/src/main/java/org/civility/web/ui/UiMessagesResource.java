package org.civility.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * The browser UI's texts, from the resource bundles {@code org.civility.web.ui.<area>} (English in the
 * base bundle, Chinese in {@code _zh}). Public: the sign-in page needs them before anyone signs in.
 */
@Path(UiMessagesResource.PATH)
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ui", description = "Texts and field limits of the browser UI")
public class UiMessagesResource {

    public static final String PATH = "v1/ui/messages";

    @GET
    @Operation(summary = "Every UI text in one language: lang=zh (the default) or en; a text missing in Chinese "
            + "comes in English")
    public Response messages(@QueryParam("lang") String lang) {
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(UiTexts.all(locale)).cacheControl(cache)
                .header("Content-Language", locale.toLanguageTag()).build();
    }
}
