package org.civility.core.assistance;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.access.UnitHierarchy;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ExpectedVersion;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Care recipients and pairings (帮), with the recipients' privacy enforced here (R-HELP-1):
 *
 * <ul>
 *   <li>{@link Permission#MANAGE_CARE} registers recipients and pairings, ends pairings, lists
 *       {@link CareRecipientSummary summaries} and reads the {@link OverdueVisitsReport}; it does
 *       <em>not</em> show a recipient's details. An administrator may therefore register a recipient
 *       and then be refused reading the details back: that is intended.</li>
 *   <li>A recipient's {@link CareRecipientDetails details} (name, ID number, phone, address, needs,
 *       guardian, visit notes) are shown only to the volunteers of an active pairing of the recipient
 *       ({@link Actor#volunteerId()}) and to {@link Permission#VIEW_CARE_DETAILS} at the recipient's
 *       unit (the head); anyone else gets {@code ACCESS-DENIED}.</li>
 *   <li>Pairings take volunteers whose home unit lies in the recipient's unit subtree
 *       ({@code REFERENCE-OUTSIDE-SUBTREE}), and never the pairing actor's own volunteer record
 *       ({@code ASSISTANCE-SELF-PAIRING}): otherwise an administrator could end a pairing, pair themself and read
 *       the details. Ending a pairing needs {@link Permission#MANAGE_CARE}.</li>
 *   <li>Only a volunteer of the pairing records a visit ({@code ASSISTANCE-NOT-PAIRED}).</li>
 * </ul>
 */
public final class AssistanceService {

    private static final int SCAN_PAGE = PageRequest.MAX_LIMIT;

    private final CareRecipientRepository recipients;
    private final CarePairingRepository pairings;
    private final VolunteerRepository volunteers;
    private final AccessControl access;
    private final UnitHierarchy hierarchy;
    private final PolicySettings settings;
    private final Clock clock;
    private final IdSource ids;
    private final EventPublisher events;
    private final VisitIntervalPolicy intervalPolicy;

    public AssistanceService(CareRecipientRepository recipients, CarePairingRepository pairings,
                             VolunteerRepository volunteers, AccessControl access, UnitHierarchy hierarchy,
                             PolicySettings settings, Clock clock, IdSource ids, EventPublisher events) {
        this.recipients = requireNonNull(recipients, "recipients");
        this.pairings = requireNonNull(pairings, "pairings");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.access = requireNonNull(access, "access");
        this.hierarchy = requireNonNull(hierarchy, "hierarchy");
        this.settings = requireNonNull(settings, "settings");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
        this.events = requireNonNull(events, "events");
        this.intervalPolicy = new VisitIntervalPolicy(settings);
    }

    /**
     * Registers a recipient. Needs {@link Permission#MANAGE_CARE} at the unit. Returns only the
     * summary: reading the details back needs what {@link #details} needs.
     *
     * @throws CivilityException {@code ACCESS-DENIED}; {@code VOLUNTEER-ID-*}, {@code VOLUNTEER-PHONE-FORMAT};
     *                           {@code ASSISTANCE-NAME-INVALID}, {@code ASSISTANCE-TEXT-INVALID},
     *                           {@code ASSISTANCE-BIRTH-YEAR}, {@code ASSISTANCE-GUARDIAN-NOT-CHILD}
     */
    public CareRecipientSummary register(Actor actor, RegisterCareRecipient command) {
        requireNonNull(command, "command");
        access.require(actor, Permission.MANAGE_CARE, command.unit());
        Instant now = clock.instant();
        CareRecipient recipient = CareRecipient.register(new CareRecipientId(ids.nextId()), command.unit(),
                command.category(), command.name(), command.residentIdNumber().map(ResidentIdNumber::of),
                command.birthYear(), command.address(), command.phone().map(PhoneNumber::of), command.needs(),
                command.guardian(), now);
        CareRecipient stored = recipients.store(recipient);
        events.publish(new CareRecipientRegistered(stored.id(), stored.unit(), stored.category(), now));
        return summaryOf(stored);
    }

    /**
     * The recipients registered at exactly {@code unit}, without details. Needs
     * {@link Permission#MANAGE_CARE} or {@link Permission#VIEW_CARE_DETAILS} there.
     */
    public Page<CareRecipientSummary> summaries(Actor actor, UnitId unit, PageRequest page) {
        requireManageOrDetails(actor, unit);
        return recipients.byUnit(unit, page).map(this::summaryOf);
    }

    /**
     * One recipient without details; same access as {@link #summaries}.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}
     */
    public CareRecipientSummary summary(Actor actor, CareRecipientId id) {
        CareRecipient recipient = recipient(id);
        requireManageOrDetails(actor, recipient.unit());
        return summaryOf(recipient);
    }

    /**
     * A recipient's details in full (R-HELP-1): only for a volunteer of one of the recipient's active
     * pairings, or {@link Permission#VIEW_CARE_DETAILS} at the recipient's unit.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED} for everyone else, administrators included
     */
    public CareRecipientDetails details(Actor actor, CareRecipientId id) {
        CareRecipient r = recipient(id);
        List<CarePairing> active = pairings.byRecipient(id).stream().filter(CarePairing::isActive).toList();
        if (!isPairedVolunteer(actor, active)) {
            access.require(actor, Permission.VIEW_CARE_DETAILS, r.unit());
        }
        return new CareRecipientDetails(r.id(), r.unit(), r.category(), r.name(),
                r.residentId().map(ResidentIdNumber::value), r.knownBirthYear(), r.address(),
                r.phone().map(PhoneNumber::value), r.needs(), r.guardian(),
                active.stream().map(CarePairing::id).toList(), r.registeredAt(), r.version());
    }

    /**
     * Pairs volunteers with a recipient. Needs {@link Permission#MANAGE_CARE} at the recipient's unit; every
     * volunteer's home unit lies in the recipient's unit subtree, and none of them is the actor's own volunteer
     * record (pairing oneself would show oneself the details, R-HELP-1).
     *
     * @throws CivilityException {@code NOT-FOUND} (recipient or a volunteer), {@code ACCESS-DENIED},
     *                           {@code ASSISTANCE-SELF-PAIRING}, {@code REFERENCE-OUTSIDE-SUBTREE} (a volunteer),
     *                           {@code R-HELP-1} (interval above the unit's maximum), {@code ASSISTANCE-START-DATE},
     *                           {@code ASSISTANCE-ALREADY-PAIRED}, {@code ASSISTANCE-VOLUNTEERS-INVALID},
     *                           {@code ASSISTANCE-INTERVAL-INVALID}
     */
    public CarePairingView pair(Actor actor, StartCarePairing command) {
        requireNonNull(command, "command");
        CareRecipient recipient = recipient(command.recipient());
        access.require(actor, Permission.MANAGE_CARE, recipient.unit());
        intervalPolicy.evaluate(new ProposedSchedule(recipient.unit(), command.visitIntervalDays())).orThrow();
        LocalDate today = today();
        LocalDate startedOn = command.startedOn().orElse(today);
        LocalDate earliest = today.minusDays(settings.effective(AssistanceSettings.MAX_START_BACKDATE_DAYS,
                recipient.unit()));
        if (startedOn.isAfter(today) || startedOn.isBefore(earliest)) {
            throw CivilityException.of(AssistanceError.START_DATE, "startedOn", startedOn, "earliest", earliest,
                    "latest", today);
        }
        if (command.volunteers().stream().anyMatch(v -> isActor(actor, v))) {
            throw CivilityException.of(AssistanceError.SELF_PAIRING, "actor", actor.name());
        }
        for (VolunteerId volunteer : command.volunteers()) {
            Volunteer found = volunteers.find(volunteer).orElseThrow(
                    () -> CivilityException.of(SharedError.NOT_FOUND, "what", "volunteer", "id", volunteer));
            access.requireWithin(found.homeUnit(), recipient.unit(), "volunteer", volunteer);
        }
        pairings.byRecipient(recipient.id()).stream().filter(CarePairing::isActive).findFirst().ifPresent(p -> {
            throw CivilityException.of(AssistanceError.ALREADY_PAIRED, "recipient", recipient.id(), "pairing", p.id());
        });
        CarePairing pairing = CarePairing.start(new CarePairingId(ids.nextId()), recipient, command.volunteers(),
                command.visitIntervalDays(), startedOn);
        CarePairing stored = pairings.store(pairing);
        events.publish(new CarePairingStarted(stored.id(), stored.recipient(), stored.unit(), stored.volunteers(),
                stored.startedOn(), clock.instant()));
        return viewOf(actor, stored, today);
    }

    /**
     * One pairing. Needs {@link Permission#MANAGE_CARE} or {@link Permission#VIEW_CARE_DETAILS} at the
     * recipient's unit, or being one of its volunteers; visit notes only for those who may see the details.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}
     */
    public CarePairingView pairing(Actor actor, CarePairingId id) {
        CarePairing pairing = pairingOf(id);
        if (!isVolunteerOf(actor, pairing)) {
            requireManageOrDetails(actor, pairing.unit());
        }
        return viewOf(actor, pairing, today());
    }

    /**
     * Every pairing of a recipient, active and ended, by start date: the station's view of who cares for
     * whom and how often they visited. Same access as {@link #summaries}; visit notes only for those who may
     * see the details.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}
     */
    public List<CarePairingView> pairingsOf(Actor actor, CareRecipientId id) {
        CareRecipient recipient = recipient(id);
        requireManageOrDetails(actor, recipient.unit());
        LocalDate today = today();
        return pairings.byRecipient(recipient.id()).stream().map(p -> viewOf(actor, p, today)).toList();
    }

    /**
     * The acting volunteer records a visit (R-HELP-1). Needs to be one of the pairing's volunteers.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ASSISTANCE-NOT-PAIRED}, {@code STALE-VERSION},
     *                           {@code ASSISTANCE-PAIRING-ENDED}, {@code ASSISTANCE-VISIT-DATE}
     */
    public CarePairingView recordVisit(Actor actor, RecordVisit command) {
        requireNonNull(command, "command");
        CarePairing pairing = pairingOf(command.pairing());
        if (!isVolunteerOf(actor, pairing)) {
            throw CivilityException.of(AssistanceError.NOT_PAIRED, "volunteer", actor.name(), "pairing", pairing.id());
        }
        checkVersion(pairing, command.expectedVersion());
        LocalDate today = today();
        Visit visit = new Visit(new VolunteerId(actor.volunteerId().orElseThrow()), command.visitedAt(),
                command.durationMinutes(), command.notes());
        if (CarePairing.dateOf(visit).isAfter(today)) {
            throw CivilityException.of(AssistanceError.VISIT_DATE, "visitedOn", CarePairing.dateOf(visit),
                    "startedOn", pairing.startedOn());
        }
        pairing.recordVisit(visit);
        CarePairing stored = pairings.store(pairing);
        events.publish(new CareVisitRecorded(stored.id(), visit.volunteer(), visit.visitedAt(),
                visit.durationMinutes(), clock.instant()));
        return viewOf(actor, stored, today);
    }

    /**
     * Ends a pairing today. Needs {@link Permission#MANAGE_CARE} at the recipient's unit.
     *
     * @throws CivilityException {@code NOT-FOUND}, {@code ACCESS-DENIED}, {@code STALE-VERSION},
     *                           {@code ASSISTANCE-PAIRING-ENDED}
     */
    public CarePairingView end(Actor actor, EndCarePairing command) {
        requireNonNull(command, "command");
        CarePairing pairing = pairingOf(command.pairing());
        access.require(actor, Permission.MANAGE_CARE, pairing.unit());
        checkVersion(pairing, command.expectedVersion());
        LocalDate today = today();
        pairing.end(today);
        CarePairing stored = pairings.store(pairing);
        events.publish(new CarePairingEnded(stored.id(), stored.recipient(), today, clock.instant()));
        return viewOf(actor, stored, today);
    }

    /**
     * R-HELP-1: the pairings at or below {@code unit} whose next visit was past due on {@code asOf},
     * most overdue first. Needs {@link Permission#MANAGE_CARE} or {@link Permission#VIEW_CARE_DETAILS}
     * at the unit. Lines carry ids and categories, never personal details.
     *
     * @throws CivilityException {@code ACCESS-DENIED}
     */
    public OverdueVisitsReport overdueVisits(Actor actor, UnitId unit, LocalDate asOf) {
        requireNonNull(asOf, "asOf");
        requireManageOrDetails(actor, unit);
        List<OverdueVisit> overdue = new ArrayList<>();
        Page<CarePairing> page;
        int offset = 0;
        do {
            page = pairings.activeOn(asOf, new PageRequest(offset, SCAN_PAGE));
            for (CarePairing p : page.items()) {
                if (hierarchy.isWithin(p.unit(), unit) && p.isOverdueOn(asOf)) {
                    overdue.add(OverdueVisit.of(p, asOf));
                }
            }
            offset += page.items().size();
        } while (page.hasMore());
        overdue.sort(Comparator.comparingLong(OverdueVisit::daysOverdue).reversed()
                .thenComparing(o -> o.pairing().value().toString()));
        return new OverdueVisitsReport(unit, asOf, overdue);
    }

    private CareRecipientSummary summaryOf(CareRecipient r) {
        boolean paired = pairings.byRecipient(r.id()).stream().anyMatch(CarePairing::isActive);
        return new CareRecipientSummary(r.id(), r.unit(), r.category(),
                paired ? PairingStatus.PAIRED : PairingStatus.UNPAIRED, r.registeredAt(), r.version());
    }

    private CarePairingView viewOf(Actor actor, CarePairing pairing, LocalDate today) {
        boolean detailsVisible = (pairing.isActive() && isVolunteerOf(actor, pairing))
                || access.permits(actor, Permission.VIEW_CARE_DETAILS, pairing.unit());
        return CarePairingView.of(pairing, today, detailsVisible);
    }

    private void requireManageOrDetails(Actor actor, UnitId unit) {
        if (!access.permits(actor, Permission.VIEW_CARE_DETAILS, unit)) {
            access.require(actor, Permission.MANAGE_CARE, unit);
        }
    }

    private static boolean isPairedVolunteer(Actor actor, List<CarePairing> activePairings) {
        return activePairings.stream().anyMatch(p -> isVolunteerOf(actor, p));
    }

    private static boolean isVolunteerOf(Actor actor, CarePairing pairing) {
        return actor.volunteerId().map(v -> pairing.pairs(new VolunteerId(v))).orElse(false);
    }

    private static boolean isActor(Actor actor, VolunteerId volunteer) {
        return actor.volunteerId().map(volunteer.value()::equals).orElse(false);
    }

    private static void checkVersion(CarePairing pairing, Long expected) {
        ExpectedVersion.check("care pairing", pairing.id(), expected, pairing.version());
    }

    private CareRecipient recipient(CareRecipientId id) {
        requireNonNull(id, "id");
        return recipients.find(id).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "care recipient", "id", id));
    }

    private CarePairing pairingOf(CarePairingId id) {
        requireNonNull(id, "id");
        return pairings.find(id).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "care pairing", "id", id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AssistanceSettings.SERVICE_ZONE);
    }
}
