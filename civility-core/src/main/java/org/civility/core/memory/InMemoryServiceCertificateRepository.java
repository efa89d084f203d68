package org.civility.core.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.certificate.CertificateId;
import org.civility.core.certificate.ServiceCertificate;
import org.civility.core.certificate.ServiceCertificateRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/** Certificates in memory: thread-safe; certificates are immutable, so stored ones are shared, not copied. */
public final class InMemoryServiceCertificateRepository implements ServiceCertificateRepository {

    private final Map<CertificateId, ServiceCertificate> byId = new LinkedHashMap<>();

    @Override
    public synchronized Optional<ServiceCertificate> find(CertificateId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<ServiceCertificate> findByToken(String verificationToken) {
        return byId.values().stream().filter(c -> c.verificationToken().equals(verificationToken)).findFirst();
    }

    @Override
    public synchronized ServiceCertificate store(ServiceCertificate c) {
        requireNonNull(c, "certificate");
        ServiceCertificate current = byId.get(c.id());
        long storedVersion = current == null ? 0 : current.version();
        boolean numberTaken = byId.values().stream().anyMatch(o -> o.number().equals(c.number()));
        if (c.version() != 0 || current != null || numberTaken) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "certificate", "id", c.id(),
                    "expected", c.version(), "actual", numberTaken ? c.number() : storedVersion);
        }
        ServiceCertificate stored = ServiceCertificate.restore(c.id(), c.issuer(), c.issuerName(), c.prefix(), c.year(),
                c.sequence(), c.number(), c.recordingUnit(), c.volunteer(), c.volunteerName(), c.idType(),
                c.idNumber(), c.volunteerNumber(), c.minutes(), c.entries(), c.content(), c.servedFrom(),
                c.servedTo(), c.personInCharge(), c.handler(), c.contact(), c.issuedOn(), c.issuedAt(),
                c.verificationToken(), 1);
        byId.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized long lastSequence(String prefix, int year) {
        return byId.values().stream().filter(c -> c.prefix().equals(prefix) && c.year() == year)
                .mapToLong(ServiceCertificate::sequence).max().orElse(0);
    }

    @Override
    public synchronized Page<ServiceCertificate> byVolunteer(VolunteerId volunteer, PageRequest page) {
        return Page.of(byId.values().stream().filter(c -> c.volunteer().equals(volunteer))
                .sorted(Comparator.comparing(ServiceCertificate::issuedAt).reversed()
                        .thenComparing(c -> c.id().toString()))
                .toList(), page);
    }
}
