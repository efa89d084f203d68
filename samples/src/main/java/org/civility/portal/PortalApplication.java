package org.civility.portal;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The portal's REST API: every resource of civility-web under {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Civility portal API (文明实践)", version = "v1",
                description = "Units, venues and bookings, teams and volunteers of the New Era Civilization Practice network."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class PortalApplication extends Application {
}
