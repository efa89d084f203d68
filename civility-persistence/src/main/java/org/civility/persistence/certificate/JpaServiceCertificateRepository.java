package org.civility.persistence.certificate;

import org.civility.persistence.IntegrityViolations;
import jakarta.persistence.EntityManager;
import org.civility.core.certificate.CertificateId;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.internal.Pages;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@link ServiceCertificateRepository} over JPA (table {@code civ_certificate}); runs in the caller's transaction.
 * Rows are only inserted. A concurrent issue that takes the same number fails on {@code uq_civ_certificate_number}
 * and is reported as STALE-VERSION like the check before the insert.
 */
public class JpaServiceCertificateRepository implements ServiceCertificateRepository {

    private final EntityManager em;

    public JpaServiceCertificateRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<ServiceCertificate> find(CertificateId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(ServiceCertificateEntity.class, id.toString()))
                .map(ServiceCertificateMapper::toDomain);
    }

    @Override
    public Optional<ServiceCertificate> findByToken(String verificationToken) {
        requireNonNull(verificationToken, "verificationToken");
        return em.createQuery("select c from ServiceCertificateEntity c where c.verificationToken = :token",
                        ServiceCertificateEntity.class)
                .setParameter("token", verificationToken)
                .getResultStream().findFirst().map(ServiceCertificateMapper::toDomain);
    }

    @Override
    public ServiceCertificate store(ServiceCertificate certificate) {
        requireNonNull(certificate, "certificate");
        ServiceCertificateEntity current = em.find(ServiceCertificateEntity.class, certificate.id().toString());
        if (certificate.version() != 0 || current != null) {
            throw stale(certificate, current == null ? 0 : current.version);
        }
        boolean numberTaken = !em.createQuery("select c.id from ServiceCertificateEntity c where c.number = :number",
                        String.class)
                .setParameter("number", certificate.number())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (numberTaken) {
            throw stale(certificate, certificate.number());
        }
        ServiceCertificateEntity e = new ServiceCertificateEntity(certificate.id().toString());
        ServiceCertificateMapper.copy(certificate, e);
        em.persist(e);
        IntegrityViolations.flush(em, () -> stale(certificate, "changed concurrently"));
        return ServiceCertificateMapper.toDomain(e);
    }

    @Override
    public long lastSequence(String prefix, int year) {
        requireNonNull(prefix, "prefix");
        Long max = em.createQuery("select max(c.sequence) from ServiceCertificateEntity c"
                        + " where c.prefix = :prefix and c.year = :year", Long.class)
                .setParameter("prefix", prefix)
                .setParameter("year", year)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public Page<ServiceCertificate> byVolunteer(VolunteerId volunteer, PageRequest page) {
        requireNonNull(volunteer, "volunteer");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery("select c from ServiceCertificateEntity c"
                        + " where c.volunteerId = :volunteer order by c.issuedAt desc, c.id",
                        ServiceCertificateEntity.class)
                .setParameter("volunteer", volunteer.toString()), page, ServiceCertificateMapper::toDomain);
    }

    private static CivilityException stale(ServiceCertificate c, Object actual) {
        return CivilityException.of(SharedError.STALE_VERSION, "what", "certificate", "id", c.id(),
                "expected", c.version(), "actual", actual);
    }

}
