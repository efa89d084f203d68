package org.civility.web.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civility.core.certificate.CertificateVerification;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.web.support.ApiTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** What the certificate API reads and writes. Records carrying ID numbers never print them. */
public final class CertificateDtos {

    private CertificateDtos() {
    }

    @Schema(name = "IssueCertificate",
            description = "Issue a certificate for what a unit recorded of a volunteer (ISSUE_CERTIFICATES at the "
                    + "certifying unit: the recording unit, or its nearest ancestor not dissolved)")
    public record IssueCertificateDto(
            @Schema(description = "Id of the volunteer") @NotBlank String volunteer,
            @Schema(description = "Id of the unit that recorded the service (谁记录谁证明)") @NotBlank String unit,
            @Schema(description = "Only service that started on or after this day (the service zone's date)")
            LocalDate from,
            @Schema(description = "Only service that started on or before this day") LocalDate to,
            @Schema(description = "The issuer's person in charge (负责人); default: the station's head")
            @Size(max = ServiceCertificate.MAX_TEXT_LENGTH) String personInCharge,
            @Schema(description = "How to reach the issuer about the certificate (联系方式)",
                    examples = "0571-88888888")
            @NotBlank @Size(max = ServiceCertificate.MAX_TEXT_LENGTH) String contact) {
    }

    @Schema(name = "Certificate", description = "A volunteer service record certificate (志愿服务记录证明)")
    public record CertificateDto(
            String id,
            @Schema(description = "Unique, readable: issuer prefix (region code or id), year, sequence",
                    examples = "330102001001-2026-000001") String number,
            String volunteerId,
            String volunteerName,
            @Schema(description = "ID document type", examples = "RESIDENT_ID_CARD") String idType,
            @Schema(description = "In full for the volunteer and those who may see personal data at the issuer, "
                    + "else masked") String idNumber,
            String volunteerNumber,
            long minutes,
            @Schema(description = "minutes / 60, at most two decimals") BigDecimal hours,
            int entries,
            String content,
            LocalDate servedFrom,
            LocalDate servedTo,
            String issuerId,
            String issuerName,
            @Schema(description = "The unit whose records are certified; differs from the issuer when it was "
                    + "dissolved") String recordingUnitId,
            String personInCharge,
            @Schema(description = "The handler: who issued it") String handler,
            String contact,
            LocalDate issuedOn,
            OffsetDateTime issuedAt,
            @Schema(description = "Relative link to the PDF") String pdf,
            @Schema(description = "The public verification URL the PDF's QR code encodes") String verifyUrl) {

        static CertificateDto of(ServiceCertificate c, boolean fullIdNumber, String verifyUrl, ZoneId zone) {
            return new CertificateDto(c.id().toString(), c.number(), c.volunteer().toString(), c.volunteerName(),
                    c.idType().name(), fullIdNumber ? c.idNumber() : c.maskedIdNumber(), c.volunteerNumber(),
                    c.minutes(), c.hours(), c.entries(), c.content(), c.servedFrom(), c.servedTo(),
                    c.issuer().toString(), c.issuerName(), c.recordingUnit().toString(), c.personInCharge(),
                    c.handler(), c.contact(), c.issuedOn(), ApiTime.of(c.issuedAt(), zone),
                    "v1/certificates/" + c.id() + "/pdf", verifyUrl);
        }

        @Override
        public String toString() {
            return "CertificateDto[" + id + ", " + number + "]";
        }
    }

    @Schema(name = "CertificateVerification",
            description = "What a certificate's verification link answers to anyone: its essentials, the ID number "
                    + "masked")
    public record VerificationDto(
            @Schema(description = "Always true: an unknown link answers 404 NOT-FOUND") boolean valid,
            String number,
            String volunteerName,
            String idType,
            @Schema(examples = "110***********002X") String maskedIdNumber,
            long minutes,
            BigDecimal hours,
            String content,
            LocalDate servedFrom,
            LocalDate servedTo,
            String issuerName,
            LocalDate issuedOn) {

        static VerificationDto of(CertificateVerification v) {
            return new VerificationDto(true, v.number(), v.volunteerName(), v.idType().name(), v.maskedIdNumber(),
                    v.minutes(), v.hours(), v.content(), v.servedFrom(), v.servedTo(), v.issuerName(), v.issuedOn());
        }
    }
}
