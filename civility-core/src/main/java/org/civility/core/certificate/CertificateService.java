package org.civility.core.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.LeadershipSeat;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import static java.util.Objects.requireNonNull;

/**
 * Issues volunteer service record certificates (志愿服务记录证明) and answers for them: the volunteer and those who
 * may issue at the issuer read them; anyone holding a certificate's token verifies it.
 *
 * <p>Issuing needs {@link Permission#ISSUE_CERTIFICATES} at the certifying unit ({@link CertifyingUnit}). The
 * hours are the minutes of the recording unit's current entries of the volunteer ({@link
 * ServiceRecordRepository#effectiveOf}): a corrected entry counts through its correction only, an open check-in
 * session counts nothing, and with a period only entries that started within it count.
 */
public final class CertificateService {

    private static final SecureRandom TOKENS = new SecureRandom();
    private static final String CONTENT_SEPARATOR = "、";

    private final ServiceCertificateRepository certificates;
    private final ServiceRecordRepository records;
    private final VolunteerRepository volunteers;
    private final AccessControl access;
    private final CertifyingUnit certifying;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;

    public CertificateService(ServiceCertificateRepository certificates, ServiceRecordRepository records,
            UnitRepository units, VolunteerRepository volunteers, AccessControl access, Clock clock, IdSource ids,
            EventPublisher events) {
        this.certificates = requireNonNull(certificates, "certificates");
        this.records = requireNonNull(records, "records");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.access = requireNonNull(access, "access");
        this.certifying = new CertifyingUnit(units);
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
    }

    /**
     * Issues a certificate for what {@code command.recordingUnit()} recorded of the volunteer.
     *
     * @throws CivilityException NOT-FOUND (unit, volunteer); CERTIFICATE-NO-ISSUER; ACCESS-DENIED without
     *                           ISSUE_CERTIFICATES at the certifying unit; CERTIFICATE-INVALID (period, contact,
     *                           no person in charge); CERTIFICATE-NO-RECORDS when nothing credited is left to certify
     */
    public ServiceCertificate issue(Actor actor, IssueCertificate command) {
        requireNonNull(actor, "actor");
        Unit issuer = certifying.of(command.recordingUnit());
        access.require(actor, Permission.ISSUE_CERTIFICATES, issuer.id());
        if (command.from().isPresent() && command.to().isPresent() && command.to().get().isBefore(command.from().get())) {
            throw CivilityException.of(CertificateError.INVALID, "field", "to", "value", command.to().get());
        }
        if (command.contact().isBlank()) {
            throw CivilityException.of(CertificateError.INVALID, "field", "contact", "value", command.contact());
        }
        Volunteer volunteer = volunteers.find(command.volunteer()).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "volunteer", "id", command.volunteer()));

        ZoneId zone = clock.getZone();
        List<ServiceRecord> credited = records.effectiveOf(command.recordingUnit(), command.volunteer()).stream()
                .filter(e -> !e.isOpen() && e.minutes() > 0)
                .filter(e -> within(date(e.start(), zone), command.from(), command.to()))
                .toList();
        if (credited.isEmpty()) {
            throw CivilityException.of(CertificateError.NO_RECORDS, "volunteer", command.volunteer(),
                    "unit", command.recordingUnit(), "from", command.from().map(LocalDate::toString).orElse("-"),
                    "to", command.to().map(LocalDate::toString).orElse("-"));
        }
        String personInCharge = command.personInCharge().map(String::strip).filter(s -> !s.isEmpty())
                .or(() -> issuer.head().map(LeadershipSeat::personName))
                .orElseThrow(() -> CivilityException.of(CertificateError.INVALID, "field", "personInCharge",
                        "value", ""));
        long minutes = credited.stream().mapToLong(ServiceRecord::minutes).sum();
        LocalDate servedFrom = credited.stream().map(e -> date(e.start(), zone)).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate servedTo = credited.stream().map(e -> date(e.end().orElseThrow(), zone))
                .max(LocalDate::compareTo).orElseThrow();

        Instant now = clock.instant();
        LocalDate today = date(now, zone);
        String prefix = prefix(issuer);
        ServiceCertificate certificate = ServiceCertificate.issue(new CertificateId(ids.nextId()), issuer.id(),
                issuer.name(), prefix, certificates.lastSequence(prefix, today.getYear()) + 1,
                command.recordingUnit(), volunteer.id(), volunteer.realName(), IdType.RESIDENT_ID_CARD,
                volunteer.residentId().value(), volunteer.id().toString(), minutes, credited.size(),
                content(credited), servedFrom, servedTo, personInCharge, actor.name(), command.contact(), today,
                now, newToken());
        ServiceCertificate stored = certificates.store(certificate);
        events.publish(new CertificateIssued(stored.id(), stored.number(), stored.issuer(), stored.recordingUnit(),
                stored.volunteer(), stored.minutes(), actor.name(), now));
        return stored;
    }

    /**
     * One certificate, for its volunteer or for whoever may issue at its issuer.
     *
     * @throws CivilityException NOT-FOUND; ACCESS-DENIED for anyone else
     */
    public ServiceCertificate get(Actor actor, CertificateId id) {
        ServiceCertificate certificate = certificates.find(id).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "certificate", "id", id));
        if (!isOwn(actor, certificate.volunteer())) {
            access.require(actor, Permission.ISSUE_CERTIFICATES, certificate.issuer());
        }
        return certificate;
    }

    /** A volunteer's certificates: all for the volunteer; for others those of issuers where they may issue. */
    public Page<ServiceCertificate> byVolunteer(Actor actor, VolunteerId volunteer, PageRequest page) {
        Page<ServiceCertificate> all = certificates.byVolunteer(volunteer, page);
        if (isOwn(actor, volunteer)) {
            return all;
        }
        return new Page<>(all.items().stream()
                .filter(c -> access.permits(actor, Permission.ISSUE_CERTIFICATES, c.issuer())).toList(),
                all.offset(), all.hasMore());
    }

    /**
     * What a verification token vouches for; needs no actor (the token is the secret printed on the certificate).
     *
     * @throws CivilityException NOT-FOUND for an unknown token
     */
    public CertificateVerification verify(String token) {
        return Optional.ofNullable(token).map(String::strip).filter(t -> !t.isEmpty())
                .flatMap(certificates::findByToken)
                .map(CertificateVerification::of)
                .orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "certificate", "id", "token"));
    }

    /** The issuer's part of a certificate number: its region code, else the first eight digits of its id. */
    static String prefix(Unit issuer) {
        return issuer.regionCode().map(r -> r.replaceAll("[^0-9A-Za-z]", ""))
                .filter(r -> !r.isEmpty() && r.length() <= 32)
                .orElseGet(() -> issuer.id().toString().substring(0, 8))
                .toUpperCase(Locale.ROOT);
    }

    private static String content(List<ServiceRecord> credited) {
        Set<String> descriptions = new LinkedHashSet<>();
        credited.forEach(e -> descriptions.add(e.description().strip()));
        String joined = String.join(CONTENT_SEPARATOR, descriptions);
        return joined.length() <= ServiceCertificate.MAX_CONTENT_LENGTH ? joined
                : joined.substring(0, ServiceCertificate.MAX_CONTENT_LENGTH - 1) + "…";
    }

    private static boolean within(LocalDate day, Optional<LocalDate> from, Optional<LocalDate> to) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    private static LocalDate date(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static boolean isOwn(Actor actor, VolunteerId volunteer) {
        return actor.volunteerId().map(volunteer.value()::equals).orElse(false);
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        TOKENS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
