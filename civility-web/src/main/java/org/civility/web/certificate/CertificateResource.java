package org.civility.web.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.certificate.CertificateId;
import org.civility.core.certificate.CertificateService;
import org.civility.core.certificate.IssueCertificate;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.certificate.CertificateDtos.CertificateDto;
import org.civility.web.certificate.CertificateDtos.IssueCertificateDto;
import org.civility.web.support.Inputs;
import org.civility.web.support.PageDto;
import org.civility.web.support.Paging;
import org.civility.web.support.Versions;
import org.civility.web.volunteer.PersonalData;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Volunteer service record certificates (志愿服务记录证明): issue one for what a unit recorded of a volunteer
 * (ISSUE_CERTIFICATES at the certifying unit), list a volunteer's, read one, download its PDF. The volunteer reads
 * their own; others those of issuers where they may issue. The ID number is shown in full to the volunteer and to
 * those who may see personal data at the issuer, masked to anyone else.
 */
@Path("v1/certificates")
@RequestScoped
@Transactional
@PersonalData
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "certificates", description = "Volunteer service record certificates (志愿服务记录证明, 民发〔2015〕149号)")
public class CertificateResource {

    /** The PDF's media type. */
    public static final String APPLICATION_PDF = "application/pdf";

    @Inject
    Actor actor;

    @Inject
    CertificateService service;

    @Inject
    CertificatePdf pdf;

    @Inject
    AccessControl access;

    @Inject
    ZoneId zone;

    @Inject
    @ConfigProperty(name = "civility.certificate.verify-base-url")
    Optional<String> verifyBaseUrl;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Issue a certificate for what a unit recorded of a volunteer (谁记录谁证明)",
            description = "The unit that recorded the service certifies it; if it was dissolved, its nearest "
                    + "ancestor that was not. Needs ISSUE_CERTIFICATES there, else 403 ACCESS-DENIED. The hours are "
                    + "the unit's current entries of the volunteer (corrections replace what they correct, open "
                    + "check-ins count nothing), optionally only those that started within [from, to]. Nothing to "
                    + "certify answers 422 CERTIFICATE-NO-RECORDS; the unit and all above it dissolved 422 "
                    + "CERTIFICATE-NO-ISSUER; a reversed period, a blank contact or no person in charge (and no "
                    + "station head) 400 CERTIFICATE-INVALID; an unknown volunteer or unit 404 NOT-FOUND; a number "
                    + "taken concurrently 409 STALE-VERSION (issue again).")
    @APIResponse(responseCode = "201", description = "Issued; Location is the certificate",
            content = @Content(schema = @Schema(implementation = CertificateDto.class)))
    public Response issue(@Valid @NotNull IssueCertificateDto body) {
        ServiceCertificate c = service.issue(actor, new IssueCertificate(
                Inputs.id(body.volunteer(), "volunteer", VolunteerId::of), Inputs.unitId(body.unit(), "unit"),
                Optional.ofNullable(body.from()), Optional.ofNullable(body.to()),
                Optional.ofNullable(body.personInCharge()), body.contact()));
        return Response.created(uri.getAbsolutePathBuilder().path(c.id().toString()).build())
                .tag(Versions.etag(c.version()))
                .entity(dto(c))
                .build();
    }

    @GET
    @Operation(summary = "A volunteer's certificates, newest first",
            description = "All of them for the volunteer; for others those of issuers where they may issue.")
    @APIResponse(responseCode = "200", description = "One page of certificates")
    public PageDto<CertificateDto> list(
            @Parameter(description = "Id of the volunteer", required = true) @QueryParam("volunteer") String volunteer,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = Paging.of(offset, limit);
        return PageDto.of(service.byVolunteer(actor, Inputs.id(volunteer, "volunteer", VolunteerId::of), page),
                page.limit(), this::dto);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One certificate (its volunteer, or ISSUE_CERTIFICATES at its issuer)")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(schema = @Schema(implementation = CertificateDto.class)))
    public Response get(@PathParam("id") String id) {
        ServiceCertificate c = service.get(actor, certificateId(id));
        return Response.ok(dto(c)).tag(Versions.etag(c.version())).build();
    }

    @GET
    @Path("{id}/pdf")
    @Produces({APPLICATION_PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The certificate as a PDF (its volunteer, or ISSUE_CERTIFICATES at its issuer)",
            description = "One A4 page: the Chinese text is real (extractable) text, with a QR code that links to "
                    + "the public verification endpoint.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = APPLICATION_PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("id") String id) {
        ServiceCertificate c = service.get(actor, certificateId(id));
        byte[] bytes = pdf.render(c, verifyUrl(c), showsFullIdNumber(c));
        return Response.ok(bytes, APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"certificate-" + c.number() + ".pdf\"")
                .tag(Versions.etag(c.version()))
                .build();
    }

    private CertificateDto dto(ServiceCertificate c) {
        return CertificateDto.of(c, showsFullIdNumber(c), verifyUrl(c).toString(), zone);
    }

    private boolean showsFullIdNumber(ServiceCertificate c) {
        return actor.volunteerId().map(c.volunteer().value()::equals).orElse(false)
                || access.permits(actor, Permission.VIEW_PERSONAL_DATA, c.issuer());
    }

    /** The public link the QR code carries: the configured base URL, else the request's, then the verify path. */
    private URI verifyUrl(ServiceCertificate c) {
        String base = verifyBaseUrl.map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(() -> uri.getBaseUri().toString());
        return URI.create((base.endsWith("/") ? base : base + "/") + CertificateVerificationResource.PATH + "/"
                + c.verificationToken());
    }

    private static CertificateId certificateId(String id) {
        return Inputs.id(id, "id", CertificateId::of);
    }
}
