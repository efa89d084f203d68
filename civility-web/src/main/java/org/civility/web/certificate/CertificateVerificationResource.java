package org.civility.web.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.civility.core.certificate.CertificateService;
import org.civility.web.certificate.CertificateDtos.VerificationDto;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public end of a certificate's QR code: anyone, signed in or not, checks a certificate by its verification
 * token and learns its essentials with the ID number masked. It never injects the current actor, so it needs no
 * sign-in; a portal's authentication lets {@link #PATH} through (the sample portal's {@code BasicAuthentication}
 * does, as it does for health and OpenAPI).
 */
@Path(CertificateVerificationResource.PATH)
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "certificates", description = "Volunteer service record certificates (志愿服务记录证明, 民发〔2015〕149号)")
public class CertificateVerificationResource {

    /** Relative to the API's base path ({@code /api/}); public. */
    public static final String PATH = "v1/certificate-verifications";

    @Inject
    CertificateService service;

    @GET
    @Path("{token}")
    @SecurityRequirementsSet
    @Operation(summary = "Verify a certificate by the token its QR code carries (public, no sign-in)",
            description = "Answers the certificate's number, volunteer name, masked ID number, hours, content, "
                    + "issuer and date. An unknown token answers 404 NOT-FOUND.")
    @APIResponse(responseCode = "200", description = "The certificate is genuine",
            content = @Content(schema = @Schema(implementation = VerificationDto.class)))
    @APIResponse(responseCode = "404", description = "No certificate carries this token")
    public VerificationDto verify(@Parameter(description = "The verification token (32 hex digits)")
                                  @PathParam("token") String token) {
        return VerificationDto.of(service.verify(token));
    }
}
