package org.civility.core.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * A person registered under their real name (实名注册) to serve at a home unit.
 *
 * <p>Lifecycle: {@link #register} creates an {@link VolunteerStatus#ACTIVE} volunteer; an
 * administrator may {@link #suspend} and {@link #reactivate} them; a guardian's consent may be
 * {@link #recordGuardianConsent recorded} later. Real name, resident ID number and home unit never
 * change after registration; birth date and gender are derived from the ID number.
 *
 * <p>Invariants: every field is present; the real name has 1-{@value #MAX_NAME_LENGTH}
 * characters; skills are trimmed, non-blank, at most {@value #MAX_SKILL_LENGTH} characters and
 * at most {@value #MAX_SKILLS} of them. Age rules (minimum age, guardian consent) depend on unit
 * settings and are checked by {@link MinimumAgePolicy} and {@link GuardianConsentPolicy} in
 * {@link VolunteerService}; one resident ID registers once (checked against the repository).
 */
public final class Volunteer {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_SKILL_LENGTH = 30;
    public static final int MAX_SKILLS = 20;
    /** Below this age a person is a minor in law (民法典 §17), whatever the settings say. */
    public static final int LEGAL_ADULT_AGE = 18;

    private final VolunteerId id;
    private final UnitId homeUnit;
    private final String realName;
    private final ResidentIdNumber residentId;
    private final PhoneNumber phone;
    private final VolunteerOrigin origin;
    private final SortedSet<String> skills;
    private final Instant registeredAt;
    private GuardianConsent guardianConsent;
    private VolunteerStatus status;
    private final long version;

    private Volunteer(VolunteerId id, UnitId homeUnit, String realName, ResidentIdNumber residentId,
                      PhoneNumber phone, VolunteerOrigin origin, Collection<String> skills,
                      GuardianConsent guardianConsent, Instant registeredAt, VolunteerStatus status, long version) {
        this.id = requireNonNull(id, "id");
        this.homeUnit = requireNonNull(homeUnit, "homeUnit");
        this.realName = checkName(realName, "realName");
        this.residentId = requireNonNull(residentId, "residentId");
        this.phone = requireNonNull(phone, "phone");
        this.origin = requireNonNull(origin, "origin");
        this.skills = checkSkills(skills);
        this.guardianConsent = guardianConsent;
        this.registeredAt = requireNonNull(registeredAt, "registeredAt");
        this.status = requireNonNull(status, "status");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
    }

    /**
     * Registers a person under their real name. Age rules are the caller's (the service's) job.
     *
     * @param guardianConsent the consent of a minor's guardian, if one was given
     * @throws CivilityException {@code VOLUNTEER-NAME-INVALID}, {@code VOLUNTEER-SKILL-INVALID}
     */
    public static Volunteer register(VolunteerId id, UnitId homeUnit, String realName, ResidentIdNumber residentId,
                                     PhoneNumber phone, VolunteerOrigin origin, Collection<String> skills,
                                     Optional<GuardianConsent> guardianConsent, Instant registeredAt) {
        return new Volunteer(id, homeUnit, realName, residentId, phone, origin, skills,
                guardianConsent.orElse(null), registeredAt, VolunteerStatus.ACTIVE, 0);
    }

    /** Rebuilds a stored volunteer, checking the invariants again. For persistence adapters. */
    public static Volunteer restore(VolunteerId id, UnitId homeUnit, String realName, ResidentIdNumber residentId,
                                    PhoneNumber phone, VolunteerOrigin origin, Collection<String> skills,
                                    Optional<GuardianConsent> guardianConsent, Instant registeredAt,
                                    VolunteerStatus status, long version) {
        return new Volunteer(id, homeUnit, realName, residentId, phone, origin, skills,
                guardianConsent.orElse(null), registeredAt, status, version);
    }

    /** Records (or replaces) the consent of the volunteer's guardian. */
    public void recordGuardianConsent(GuardianConsent consent) {
        this.guardianConsent = requireNonNull(consent, "consent");
    }

    /**
     * Bars the volunteer from taking part until reactivated.
     *
     * @throws CivilityException {@code VOLUNTEER-ILLEGAL-STATUS} if already suspended
     */
    public void suspend() {
        requireStatus(VolunteerStatus.ACTIVE);
        status = VolunteerStatus.SUSPENDED;
    }

    /**
     * Lets a suspended volunteer take part again.
     *
     * @throws CivilityException {@code VOLUNTEER-ILLEGAL-STATUS} if not suspended
     */
    public void reactivate() {
        requireStatus(VolunteerStatus.SUSPENDED);
        status = VolunteerStatus.ACTIVE;
    }

    public VolunteerId id() {
        return id;
    }

    public UnitId homeUnit() {
        return homeUnit;
    }

    public String realName() {
        return realName;
    }

    public ResidentIdNumber residentId() {
        return residentId;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public VolunteerOrigin origin() {
        return origin;
    }

    /** Skills in alphabetical order, unmodifiable. */
    public SortedSet<String> skills() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(skills));
    }

    public Optional<GuardianConsent> guardianConsent() {
        return Optional.ofNullable(guardianConsent);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public VolunteerStatus status() {
        return status;
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    /** Derived from the resident ID number. */
    public LocalDate birthDate() {
        return residentId.birthDate();
    }

    /** Derived from the resident ID number. */
    public Gender gender() {
        return residentId.gender();
    }

    /** Completed years of age on {@code date}. */
    public int ageOn(LocalDate date) {
        return residentId.ageOn(date);
    }

    /** True if younger than {@value #LEGAL_ADULT_AGE} on {@code date}. */
    public boolean isMinorOn(LocalDate date) {
        return ageOn(date) < LEGAL_ADULT_AGE;
    }

    @Override
    public String toString() {
        return "Volunteer[" + id + ", " + homeUnit + ", " + status + ", v" + version + "]";
    }

    private void requireStatus(VolunteerStatus expected) {
        if (status != expected) {
            throw CivilityException.of(VolunteerError.ILLEGAL_STATUS, "id", id, "status", status.name());
        }
    }

    static String checkName(String name, String field) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw CivilityException.of(VolunteerError.NAME_INVALID, "field", field, "max", MAX_NAME_LENGTH);
        }
        return name.strip();
    }

    private static SortedSet<String> checkSkills(Collection<String> skills) {
        requireNonNull(skills, "skills");
        SortedSet<String> checked = new TreeSet<>();
        for (String skill : skills) {
            if (skill == null || skill.isBlank() || skill.strip().length() > MAX_SKILL_LENGTH) {
                throw CivilityException.of(VolunteerError.SKILL_INVALID, "skill", String.valueOf(skill),
                        "max", MAX_SKILL_LENGTH);
            }
            checked.add(skill.strip());
        }
        if (checked.size() > MAX_SKILLS) {
            throw CivilityException.of(VolunteerError.TOO_MANY_SKILLS, "count", checked.size(), "max", MAX_SKILLS);
        }
        return checked;
    }
}
