package org.civility.core.volunteer;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Registers volunteers and shows them with their personal data protected: ID and phone numbers in
 * full only to the volunteer themself and to actors with {@link Permission#VIEW_PERSONAL_DATA} at
 * the volunteer's home unit.
 */
public final class VolunteerService {

    private final VolunteerRepository volunteers;
    private final AccessControl access;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private final PolicySettings settings;
    private final MinimumAgePolicy minimumAge;
    private final GuardianConsentPolicy guardianConsent;

    public VolunteerService(VolunteerRepository volunteers, AccessControl access, PolicySettings settings, Clock clock,
                            IdSource ids, EventPublisher events) {
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.access = requireNonNull(access, "access");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.settings = requireNonNull(settings, "settings");
        this.minimumAge = new MinimumAgePolicy(settings);
        this.guardianConsent = new GuardianConsentPolicy(settings);
    }

    /**
     * Registers a person under their real name at a home unit. Needs
     * {@link Permission#REGISTER_VOLUNTEERS} there.
     *
     * @return the volunteer as stored
     * @throws CivilityException {@code ACCESS-DENIED}; {@code VOLUNTEER-ID-*}, {@code VOLUNTEER-PHONE-FORMAT};
     *                           {@code VOLUNTEER-TOO-YOUNG}, {@code VOLUNTEER-GUARDIAN-CONSENT};
     *                           {@code VOLUNTEER-ALREADY-REGISTERED}
     */
    public Volunteer register(Actor actor, RegisterVolunteer command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.REGISTER_VOLUNTEERS, command.homeUnit());
        return registerChecked(command);
    }

    /**
     * Registers many people at once, as an import does: each command is checked as {@link #register} checks it (the
     * permission at its home unit, the ID number and its check character, the phone, the minimum age, a guardian's
     * consent, one registration per ID number, a number twice among the commands counting as registered by the
     * first) and the ones that pass are stored together. A command that breaks a rule is refused without stopping
     * the others. Reads what every command shares once: the permission per home unit, the settings in force, the ID
     * numbers registered already (one {@link VolunteerRepository#registeredOf} for all). The caller's transaction
     * holds them all; if storing fails, nothing of it should be kept.
     *
     * @return one outcome per command, in their order
     * @throws CivilityException when storing fails ({@code VOLUNTEER-ALREADY-REGISTERED} for a number registered
     *                           meanwhile, {@code STALE-VERSION}); no command is stored then
     */
    public List<Registration> registerAll(Actor actor, List<RegisterVolunteer> commands) {
        requireNonNull(actor, "actor");
        List<RegisterVolunteer> all = List.copyOf(commands);
        Map<UnitId, CivilityException> denied = new HashMap<>();
        for (UnitId unit : new LinkedHashSet<>(all.stream().map(RegisterVolunteer::homeUnit).toList())) {
            try {
                access.require(actor, Permission.REGISTER_VOLUNTEERS, unit);
            } catch (CivilityException e) {
                denied.put(unit, e);
            }
        }
        PolicySettings once = remembered(settings);
        MinimumAgePolicy age = new MinimumAgePolicy(once);
        GuardianConsentPolicy consent = new GuardianConsentPolicy(once);
        LocalDate today = today();
        Registration[] outcomes = new Registration[all.size()];
        ResidentIdNumber[] numbers = new ResidentIdNumber[all.size()];
        PhoneNumber[] phones = new PhoneNumber[all.size()];
        for (int i = 0; i < all.size(); i++) {
            RegisterVolunteer command = all.get(i);
            try {
                CivilityException refusal = denied.get(command.homeUnit());
                if (refusal != null) {
                    throw refusal;
                }
                numbers[i] = ResidentIdNumber.of(command.residentIdNumber());
                phones[i] = PhoneNumber.of(command.phone());
                Applicant applicant = new Applicant(command.homeUnit(), numbers[i].ageOn(today),
                        command.guardianConsent());
                Decision.all(age.evaluate(applicant), consent.evaluate(applicant)).orThrow();
            } catch (CivilityException e) {
                outcomes[i] = new Registration.Refused(e);
                numbers[i] = null;
            }
        }
        Set<ResidentIdNumber> checked = new LinkedHashSet<>();
        for (ResidentIdNumber n : numbers) {
            if (n != null) {
                checked.add(n);
            }
        }
        Set<ResidentIdNumber> taken = new HashSet<>(volunteers.registeredOf(checked));
        List<Volunteer> fresh = new ArrayList<>();
        List<Integer> freshAt = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (numbers[i] == null) {
                continue;
            }
            if (taken.contains(numbers[i])) {
                outcomes[i] = new Registration.Refused(CivilityException.of(VolunteerError.ALREADY_REGISTERED,
                        "idNumber", numbers[i].masked()));
                continue;
            }
            RegisterVolunteer command = all.get(i);
            try {
                fresh.add(Volunteer.register(new VolunteerId(ids.nextId()), command.homeUnit(), command.realName(),
                        numbers[i], phones[i], command.origin(), command.skills(), command.guardianConsent(),
                        clock.instant()));
            } catch (CivilityException e) {
                outcomes[i] = new Registration.Refused(e);
                continue;
            }
            taken.add(numbers[i]);
            freshAt.add(i);
        }
        List<Volunteer> stored = volunteers.storeAll(fresh);
        for (int j = 0; j < stored.size(); j++) {
            Volunteer v = stored.get(j);
            outcomes[freshAt.get(j)] = new Registration.Registered(v);
            events.publish(new VolunteerRegistered(v.id(), v.homeUnit(), v.registeredAt()));
        }
        return List.of(outcomes);
    }

    /** The settings in force, each read once: one batch of registrations sees one state of them. */
    private static PolicySettings remembered(PolicySettings settings) {
        Map<List<Object>, Object> known = new HashMap<>();
        return new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(org.civility.core.governance.SettingKey<T> key, UnitId unit) {
                return (T) known.computeIfAbsent(List.of(key, unit), k -> settings.effective(key, unit));
            }

            @Override
            public <T> java.util.Optional<UnitId> decidedAt(org.civility.core.governance.SettingKey<T> key,
                                                             UnitId unit) {
                return settings.decidedAt(key, unit);
            }
        };
    }

    /**
     * Registers the actor themself under their real name at a home unit where they may sign up
     * (needs {@link Permission#SIGN_UP} there, as residents have), with the same checks as
     * {@link #register}: the ID number and its check character, the minimum age, a guardian's
     * consent below the age setting, one registration per ID number. An actor linked to a volunteer
     * record already cannot register again. Linking the actor's sign-in account to the new record
     * is the caller's business (the portal's identity store): see the web adapter's
     * {@code VolunteerAccountLinker}.
     *
     * @return the volunteer as stored
     * @throws CivilityException {@code ACCESS-DENIED}; {@code VOLUNTEER-ALREADY-LINKED};
     *                           {@code VOLUNTEER-ID-*}, {@code VOLUNTEER-PHONE-FORMAT};
     *                           {@code VOLUNTEER-TOO-YOUNG}, {@code VOLUNTEER-GUARDIAN-CONSENT};
     *                           {@code VOLUNTEER-ALREADY-REGISTERED}
     */
    public Volunteer registerSelf(Actor actor, RegisterVolunteer command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.SIGN_UP, command.homeUnit());
        if (actor.volunteerId().isPresent()) {
            throw CivilityException.of(VolunteerError.ALREADY_LINKED, "volunteerId", actor.volunteerId().get());
        }
        return registerChecked(command);
    }

    private Volunteer registerChecked(RegisterVolunteer command) {
        ResidentIdNumber residentId = ResidentIdNumber.of(command.residentIdNumber());
        PhoneNumber phone = PhoneNumber.of(command.phone());
        Applicant applicant = new Applicant(command.homeUnit(), residentId.ageOn(today()), command.guardianConsent());
        Decision.all(minimumAge.evaluate(applicant), guardianConsent.evaluate(applicant)).orThrow();
        if (volunteers.findByResidentId(residentId).isPresent()) {
            throw CivilityException.of(VolunteerError.ALREADY_REGISTERED, "idNumber", residentId.masked());
        }
        Instant now = clock.instant();
        Volunteer volunteer = Volunteer.register(new VolunteerId(ids.nextId()), command.homeUnit(), command.realName(),
                residentId, phone, command.origin(), command.skills(), command.guardianConsent(), now);
        Volunteer stored = volunteers.store(volunteer);
        events.publish(new VolunteerRegistered(stored.id(), stored.homeUnit(), now));
        return stored;
    }

    /**
     * One volunteer as {@code actor} may see them. The volunteer themself may always look;
     * everyone else needs {@link Permission#VIEW} at the home unit.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}
     */
    public VolunteerView view(Actor actor, VolunteerId id) {
        Volunteer volunteer = volunteers.find(id).orElseThrow(() -> notFound(id));
        if (!isSelf(actor, volunteer)) {
            access.require(actor, Permission.VIEW, volunteer.homeUnit());
        }
        return viewOf(actor, volunteer, today());
    }

    /**
     * The volunteers whose home unit is {@code unit}, by real name. Needs {@link Permission#VIEW}
     * there; each item is masked unless {@code actor} may see it in full.
     */
    public Page<VolunteerView> list(Actor actor, UnitId unit, PageRequest page) {
        access.require(actor, Permission.VIEW, unit);
        LocalDate today = today();
        return volunteers.byUnit(unit, page).map(v -> viewOf(actor, v, today));
    }

    private VolunteerView viewOf(Actor actor, Volunteer v, LocalDate today) {
        boolean full = isSelf(actor, v) || access.permits(actor, Permission.VIEW_PERSONAL_DATA, v.homeUnit());
        return new VolunteerView(v.id(), v.homeUnit(), v.realName(),
                full ? v.residentId().value() : v.residentId().masked(),
                full ? v.phone().value() : v.phone().masked(),
                v.ageOn(today), v.origin(), List.copyOf(v.skills()), v.isMinorOn(today),
                v.guardianConsent().isPresent(), v.status(), v.registeredAt(), v.version(), full);
    }

    private static boolean isSelf(Actor actor, Volunteer volunteer) {
        return actor.volunteerId().map(volunteer.id().value()::equals).orElse(false);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VolunteerSettings.SERVICE_ZONE);
    }

    private static CivilityException notFound(VolunteerId id) {
        return CivilityException.of(SharedError.NOT_FOUND, "what", "volunteer", "id", id);
    }
}
