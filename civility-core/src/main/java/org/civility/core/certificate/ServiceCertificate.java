package org.civility.core.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * A volunteer service record certificate (志愿服务记录证明) as issued: everything 民发〔2015〕149号 asks it to
 * carry (the volunteer's name, ID type and number and volunteer number; hours and content of the service; the
 * issuing unit, its person in charge, the handler and a contact; the certificate number and date), plus the
 * token that lets anyone verify it.
 *
 * <p>Lifecycle: created once by {@link #issue} and never changed; {@link #restore} rebuilds a stored one,
 * checking every invariant again.
 *
 * <p>Invariants: at least one credited entry and one minute; the served dates are ordered; the number is
 * {@link #number(String, int, long)} of its prefix (the issuer's), year and sequence, and the sequence counts per
 * prefix and year, so two issuers sharing a region code still never share a number; every text is present and
 * within its length.
 */
public final class ServiceCertificate {

    /** The longest free text (content); longer content is shortened by the service. */
    public static final int MAX_CONTENT_LENGTH = 1000;
    /** The longest name, contact or handler. */
    public static final int MAX_TEXT_LENGTH = 200;

    private final CertificateId id;
    private final String prefix;
    private final String number;
    private final UnitId issuer;
    private final String issuerName;
    private final int year;
    private final long sequence;
    private final UnitId recordingUnit;
    private final VolunteerId volunteer;
    private final String volunteerName;
    private final IdType idType;
    private final String idNumber;
    private final String volunteerNumber;
    private final long minutes;
    private final int entries;
    private final String content;
    private final LocalDate servedFrom;
    private final LocalDate servedTo;
    private final String personInCharge;
    private final String handler;
    private final String contact;
    private final LocalDate issuedOn;
    private final Instant issuedAt;
    private final String verificationToken;
    private final long version;

    private ServiceCertificate(CertificateId id, UnitId issuer, String issuerName, String prefix, int year,
            long sequence, String number, UnitId recordingUnit, VolunteerId volunteer, String volunteerName, IdType idType,
            String idNumber, String volunteerNumber, long minutes, int entries, String content,
            LocalDate servedFrom, LocalDate servedTo, String personInCharge, String handler, String contact,
            LocalDate issuedOn, Instant issuedAt, String verificationToken, long version) {
        this.id = requireNonNull(id, "id");
        this.issuer = requireNonNull(issuer, "issuer");
        this.issuerName = text("issuerName", issuerName, MAX_TEXT_LENGTH);
        this.prefix = text("prefix", prefix, 32);
        this.number = text("number", number, 64);
        if (!number.equals(number(prefix, year, sequence))) {
            throw invalid("number", number);
        }
        this.recordingUnit = requireNonNull(recordingUnit, "recordingUnit");
        this.volunteer = requireNonNull(volunteer, "volunteer");
        this.volunteerName = text("volunteerName", volunteerName, MAX_TEXT_LENGTH);
        this.idType = requireNonNull(idType, "idType");
        this.idNumber = text("idNumber", idNumber, 64);
        this.volunteerNumber = text("volunteerNumber", volunteerNumber, 64);
        this.content = text("content", content, MAX_CONTENT_LENGTH);
        this.servedFrom = requireNonNull(servedFrom, "servedFrom");
        this.servedTo = requireNonNull(servedTo, "servedTo");
        this.personInCharge = text("personInCharge", personInCharge, MAX_TEXT_LENGTH);
        this.handler = text("handler", handler, MAX_TEXT_LENGTH);
        this.contact = text("contact", contact, MAX_TEXT_LENGTH);
        this.issuedOn = requireNonNull(issuedOn, "issuedOn");
        this.issuedAt = requireNonNull(issuedAt, "issuedAt");
        this.verificationToken = text("verificationToken", verificationToken, 64);
        if (minutes < 1) {
            throw invalid("minutes", minutes);
        }
        if (entries < 1) {
            throw invalid("entries", entries);
        }
        if (servedTo.isBefore(servedFrom)) {
            throw invalid("servedTo", servedTo);
        }
        if (sequence < 1) {
            throw invalid("sequence", sequence);
        }
        if (version < 0) {
            throw invalid("version", version);
        }
        this.year = year;
        this.sequence = sequence;
        this.minutes = minutes;
        this.entries = entries;
        this.version = version;
    }

    /**
     * A new certificate (version 0) numbered {@link #number(String, int, long) number(prefix, year, sequence)},
     * where {@code year} is that of {@code issuedOn}.
     *
     * @throws CivilityException CERTIFICATE-INVALID if a text is blank or too long, or the counts are not positive
     */
    public static ServiceCertificate issue(CertificateId id, UnitId issuer, String issuerName, String prefix,
            long sequence, UnitId recordingUnit, VolunteerId volunteer, String volunteerName, IdType idType,
            String idNumber, String volunteerNumber, long minutes, int entries, String content,
            LocalDate servedFrom, LocalDate servedTo, String personInCharge, String handler, String contact,
            LocalDate issuedOn, Instant issuedAt, String verificationToken) {
        int year = issuedOn.getYear();
        return new ServiceCertificate(id, issuer, issuerName, prefix, year, sequence, number(prefix, year, sequence),
                recordingUnit, volunteer, volunteerName, idType, idNumber, volunteerNumber, minutes, entries,
                content, servedFrom, servedTo, personInCharge, handler, contact, issuedOn, issuedAt,
                verificationToken, 0);
    }

    /** Rebuilds a stored certificate, checking its invariants again (for persistence adapters). */
    public static ServiceCertificate restore(CertificateId id, UnitId issuer, String issuerName, String prefix,
            int year, long sequence, String number, UnitId recordingUnit, VolunteerId volunteer, String volunteerName,
            IdType idType, String idNumber, String volunteerNumber, long minutes, int entries, String content,
            LocalDate servedFrom, LocalDate servedTo, String personInCharge, String handler, String contact,
            LocalDate issuedOn, Instant issuedAt, String verificationToken, long version) {
        return new ServiceCertificate(id, issuer, issuerName, prefix, year, sequence, number, recordingUnit, volunteer,
                volunteerName, idType, idNumber, volunteerNumber, minutes, entries, content, servedFrom, servedTo,
                personInCharge, handler, contact, issuedOn, issuedAt, verificationToken, version);
    }

    /** The readable number: {@code prefix-year-sequence}, the sequence zero-padded to six digits. */
    public static String number(String prefix, int year, long sequence) {
        return prefix + "-" + year + "-" + String.format("%06d", sequence);
    }

    /** The hours served: minutes / 60, at most two decimals, trailing zeros dropped (e.g. 7.5). */
    public BigDecimal hours() {
        BigDecimal h = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0) : h;
    }

    /** The ID number with all but the first three and last four characters masked, for anyone but its owner. */
    public String maskedIdNumber() {
        return ResidentIdNumber.maskLoosely(idNumber);
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw invalid(field, value == null ? "" : value.length() > 20 ? value.substring(0, 20) + "…" : value);
        }
        return value.strip();
    }

    private static CivilityException invalid(String field, Object value) {
        return CivilityException.of(CertificateError.INVALID, "field", field, "value", value);
    }

    public CertificateId id() { return id; }
    /** The number's first part: the issuer's region code or id prefix when it was issued. */
    public String prefix() { return prefix; }
    public String number() { return number; }
    public UnitId issuer() { return issuer; }
    public String issuerName() { return issuerName; }
    public int year() { return year; }
    public long sequence() { return sequence; }
    public UnitId recordingUnit() { return recordingUnit; }
    public VolunteerId volunteer() { return volunteer; }
    public String volunteerName() { return volunteerName; }
    public IdType idType() { return idType; }
    /** The full ID number: for the volunteer and the issuer only; see {@link #maskedIdNumber()}. */
    public String idNumber() { return idNumber; }
    public String volunteerNumber() { return volunteerNumber; }
    public long minutes() { return minutes; }
    public int entries() { return entries; }
    public String content() { return content; }
    public LocalDate servedFrom() { return servedFrom; }
    public LocalDate servedTo() { return servedTo; }
    public String personInCharge() { return personInCharge; }
    public String handler() { return handler; }
    public String contact() { return contact; }
    public LocalDate issuedOn() { return issuedOn; }
    public Instant issuedAt() { return issuedAt; }
    public String verificationToken() { return verificationToken; }
    public long version() { return version; }

    /** Never shows the ID number. */
    @Override
    public String toString() {
        return "ServiceCertificate[" + id + ", " + number + "]";
    }
}
