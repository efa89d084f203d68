package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A person or household in the care of a station (帮: 留守儿童, 孤残儿童, 空巢老人, 困难家庭).
 *
 * <p>Lifecycle: {@link #register registered} at a unit by someone with {@code MANAGE_CARE};
 * the needs may be {@link #recordNeeds updated}; volunteers are paired with the recipient through
 * {@link CarePairing}s, which refer to it by id.
 *
 * <p>Invariants: name 1-{@value #MAX_NAME_LENGTH} characters; address 1-{@value #MAX_ADDRESS_LENGTH};
 * needs at most {@value #MAX_NEEDS_LENGTH} (may be empty); the birth year, if given, lies in
 * 1900-2100 and agrees with the resident ID number when both are given; a guardian only for the
 * categories of children.
 *
 * <p>Privacy (R-HELP-1): name, ID number, phone, address, needs and guardian are the recipient's
 * <em>details</em>; {@link AssistanceService} shows them only to the paired volunteers and to
 * {@code VIEW_CARE_DETAILS} (station head). {@link #toString()} prints none of them.
 */
public final class CareRecipient {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_ADDRESS_LENGTH = 200;
    public static final int MAX_NEEDS_LENGTH = 1000;

    private final CareRecipientId id;
    private final UnitId unit;
    private final CareCategory category;
    private final String name;
    private final ResidentIdNumber residentId;
    private final Integer birthYear;
    private final String address;
    private final PhoneNumber phone;
    private String needs;
    private final Guardian guardian;
    private final Instant registeredAt;
    private final long version;

    private CareRecipient(CareRecipientId id, UnitId unit, CareCategory category, String name,
                          ResidentIdNumber residentId, Integer birthYear, String address, PhoneNumber phone,
                          String needs, Guardian guardian, Instant registeredAt, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.category = requireNonNull(category, "category");
        this.name = checkName(name, "name");
        this.residentId = residentId;
        if (birthYear != null && (birthYear < 1900 || birthYear > 2100
                || residentId != null && residentId.birthDate().getYear() != birthYear)) {
            throw CivilityException.of(AssistanceError.BIRTH_YEAR_INVALID, "birthYear", birthYear);
        }
        this.birthYear = birthYear;
        this.address = checkRequiredText(address, "address", MAX_ADDRESS_LENGTH);
        this.phone = phone;
        this.needs = checkText(needs, "needs", MAX_NEEDS_LENGTH);
        if (guardian != null && !category.isChild()) {
            throw CivilityException.of(AssistanceError.GUARDIAN_NOT_CHILD, "category", category.name());
        }
        this.guardian = guardian;
        this.registeredAt = requireNonNull(registeredAt, "registeredAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
    }

    /**
     * Registers a recipient. Access is the service's job.
     *
     * @param birthYear a year of birth when no ID number is known (or the ID number's year)
     * @throws CivilityException {@code ASSISTANCE-NAME-INVALID}, {@code ASSISTANCE-TEXT-INVALID},
     *                           {@code ASSISTANCE-BIRTH-YEAR}, {@code ASSISTANCE-GUARDIAN-NOT-CHILD}
     */
    public static CareRecipient register(CareRecipientId id, UnitId unit, CareCategory category, String name,
                                         Optional<ResidentIdNumber> residentId, Optional<Integer> birthYear,
                                         String address, Optional<PhoneNumber> phone, String needs,
                                         Optional<Guardian> guardian, Instant registeredAt) {
        return new CareRecipient(id, unit, category, name, residentId.orElse(null), birthYear.orElse(null), address,
                phone.orElse(null), needs, guardian.orElse(null), registeredAt, 0);
    }

    /** Rebuilds a stored recipient, checking the invariants again. For persistence adapters. */
    public static CareRecipient restore(CareRecipientId id, UnitId unit, CareCategory category, String name,
                                        Optional<ResidentIdNumber> residentId, Optional<Integer> birthYear,
                                        String address, Optional<PhoneNumber> phone, String needs,
                                        Optional<Guardian> guardian, Instant registeredAt, long version) {
        return new CareRecipient(id, unit, category, name, residentId.orElse(null), birthYear.orElse(null), address,
                phone.orElse(null), needs, guardian.orElse(null), registeredAt, version);
    }

    /**
     * Replaces what the recipient needs.
     *
     * @throws CivilityException {@code ASSISTANCE-TEXT-INVALID} if too long
     */
    public void recordNeeds(String needs) {
        this.needs = checkText(needs, "needs", MAX_NEEDS_LENGTH);
    }

    public CareRecipientId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public CareCategory category() {
        return category;
    }

    public String name() {
        return name;
    }

    public Optional<ResidentIdNumber> residentId() {
        return Optional.ofNullable(residentId);
    }

    /** The birth year as given at registration (not derived). */
    public Optional<Integer> birthYear() {
        return Optional.ofNullable(birthYear);
    }

    /** The birth year as given, else derived from the ID number. */
    public Optional<Integer> knownBirthYear() {
        return birthYear != null ? Optional.of(birthYear)
                : residentId().map(r -> r.birthDate().getYear());
    }

    public String address() {
        return address;
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    /** Needs and notes; empty if none. */
    public String needs() {
        return needs;
    }

    public Optional<Guardian> guardian() {
        return Optional.ofNullable(guardian);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    /** Prints no personal details. */
    @Override
    public String toString() {
        return "CareRecipient[" + id + ", " + unit + ", " + category + ", v" + version + "]";
    }

    static String checkName(String name, String field) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw CivilityException.of(AssistanceError.NAME_INVALID, "field", field, "max", MAX_NAME_LENGTH);
        }
        return name.strip();
    }

    /** Null becomes empty; stripped; at most {@code max} characters. */
    static String checkText(String text, String field, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > max) {
            throw CivilityException.of(AssistanceError.TEXT_INVALID, "field", field, "max", max);
        }
        return stripped;
    }

    private static String checkRequiredText(String text, String field, int max) {
        String checked = checkText(text, field, max);
        if (checked.isEmpty()) {
            throw CivilityException.of(AssistanceError.TEXT_INVALID, "field", field, "max", max);
        }
        return checked;
    }
}
