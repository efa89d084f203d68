package org.civility.web.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.civility.core.access.AccessControl;
import org.civility.core.certificate.CertificateService;
import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.VolunteerRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Produces the {@link ServiceCertificateRepository} port, the {@link CertificateService} and the
 * {@link CertificatePdf} renderer.
 *
 * <p>Settings (MicroProfile Config): {@code civility.certificate.font} — a TrueType/OpenType font to embed
 * ({@code classpath:…} or a file path; default: the PDF standard Chinese font, not embedded, see
 * {@link CertificateFont}); {@code civility.certificate.verify-base-url} — the public base URL the QR code's link
 * starts with, e.g. {@code https://portal.example.gov.cn/api/} (default: the base URL of the request).
 */
@ApplicationScoped
public class CertificateProducers {

    private static final Logger LOG = Logger.getLogger(CertificateProducers.class.getName());

    @Inject
    @ConfigProperty(name = "civility.certificate.font")
    Optional<String> fontSetting;

    private volatile CertificatePdf pdf;

    @Produces
    public CertificateService certificateService(ServiceCertificateRepository certificates,
                                                 ServiceRecordRepository records, UnitRepository units,
                                                 VolunteerRepository volunteers, AccessControl access, Clock clock,
                                                 IdSource ids, EventPublisher events) {
        return new CertificateService(certificates, records, units, volunteers, access, clock, ids, events);
    }

    /** One renderer for the application: the font file is read once. */
    @Produces
    public CertificatePdf certificatePdf() {
        CertificatePdf current = pdf;
        if (current == null) {
            synchronized (this) {
                if (pdf == null) {
                    CertificateFont font = CertificateFont.fromSetting(fontSetting,
                            Thread.currentThread().getContextClassLoader());
                    LOG.info(() -> "Certificates are set in " + font.description());
                    pdf = new CertificatePdf(font);
                }
                current = pdf;
            }
        }
        return current;
    }
}
