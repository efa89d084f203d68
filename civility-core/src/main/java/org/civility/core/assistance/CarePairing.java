package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A care pairing (结对关爱): one or more volunteers who visit a care recipient every so many days.
 *
 * <p>Lifecycle: {@link #start started} on a date (possibly in the past, within a setting checked by
 * the service); paired volunteers {@link #recordVisit record visits}; an administrator
 * {@link #end ends} it on a date, after which it takes no more visits.
 *
 * <p>R-HELP-1: every visit is recorded; the pairing is <em>overdue</em> on a date when no visit took
 * place within its interval since the last visit (or since the start, if none):
 * {@link #daysOverdueOn}. Dates are reckoned in {@link AssistanceSettings#SERVICE_ZONE}.
 *
 * <p>Invariants: 1-{@value #MAX_VOLUNTEERS} distinct volunteers; interval at least one day (the
 * maximum is a setting, checked by {@link VisitIntervalPolicy}); the end date, if any, not before the
 * start date; every visit by one of the volunteers, not before the start date. The recipient's unit
 * and category are copied here so reports need not read the recipient's details.
 */
public final class CarePairing {

    public static final int MAX_VOLUNTEERS = 10;

    private final CarePairingId id;
    private final CareRecipientId recipient;
    private final UnitId unit;
    private final CareCategory category;
    private final List<VolunteerId> volunteers;
    private final int visitIntervalDays;
    private final LocalDate startedOn;
    private LocalDate endedOn;
    private final List<Visit> visits;
    private final long version;

    private CarePairing(CarePairingId id, CareRecipientId recipient, UnitId unit, CareCategory category,
                        Collection<VolunteerId> volunteers, int visitIntervalDays, LocalDate startedOn,
                        LocalDate endedOn, Collection<Visit> visits, long version) {
        this.id = requireNonNull(id, "id");
        this.recipient = requireNonNull(recipient, "recipient");
        this.unit = requireNonNull(unit, "unit");
        this.category = requireNonNull(category, "category");
        requireNonNull(volunteers, "volunteers");
        this.volunteers = List.copyOf(new LinkedHashSet<>(volunteers));
        if (this.volunteers.isEmpty() || this.volunteers.size() > MAX_VOLUNTEERS) {
            throw CivilityException.of(AssistanceError.VOLUNTEERS_INVALID, "count", this.volunteers.size(),
                    "max", MAX_VOLUNTEERS);
        }
        if (visitIntervalDays < 1) {
            throw CivilityException.of(AssistanceError.INTERVAL_INVALID, "intervalDays", visitIntervalDays);
        }
        this.visitIntervalDays = visitIntervalDays;
        this.startedOn = requireNonNull(startedOn, "startedOn");
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw CivilityException.of(AssistanceError.END_DATE, "endedOn", endedOn, "startedOn", startedOn);
        }
        this.endedOn = endedOn;
        this.visits = new ArrayList<>();
        for (Visit visit : requireNonNull(visits, "visits")) {
            checkVisit(visit);
            this.visits.add(visit);
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
    }

    /**
     * Starts a pairing. Settings (maximum interval, how far back the start may lie) are the service's job.
     *
     * @throws CivilityException {@code ASSISTANCE-VOLUNTEERS-INVALID}, {@code ASSISTANCE-INTERVAL-INVALID}
     */
    public static CarePairing start(CarePairingId id, CareRecipient recipient, Collection<VolunteerId> volunteers,
                                    int visitIntervalDays, LocalDate startedOn) {
        return new CarePairing(id, recipient.id(), recipient.unit(), recipient.category(), volunteers,
                visitIntervalDays, startedOn, null, List.of(), 0);
    }

    /** Rebuilds a stored pairing, checking the invariants again. For persistence adapters. */
    public static CarePairing restore(CarePairingId id, CareRecipientId recipient, UnitId unit, CareCategory category,
                                      Collection<VolunteerId> volunteers, int visitIntervalDays, LocalDate startedOn,
                                      Optional<LocalDate> endedOn, Collection<Visit> visits, long version) {
        return new CarePairing(id, recipient, unit, category, volunteers, visitIntervalDays, startedOn,
                endedOn.orElse(null), visits, version);
    }

    /**
     * Records a visit (R-HELP-1). Whether it lies in the future is the service's job.
     *
     * @throws CivilityException {@code ASSISTANCE-PAIRING-ENDED}, {@code ASSISTANCE-NOT-PAIRED},
     *                           {@code ASSISTANCE-VISIT-DATE}
     */
    public void recordVisit(Visit visit) {
        requireNonNull(visit, "visit");
        requireActive();
        checkVisit(visit);
        visits.add(visit);
    }

    /**
     * Ends the pairing on a date; it takes no more visits.
     *
     * @throws CivilityException {@code ASSISTANCE-PAIRING-ENDED}, {@code ASSISTANCE-END-DATE}
     */
    public void end(LocalDate on) {
        requireNonNull(on, "on");
        requireActive();
        if (on.isBefore(startedOn)) {
            throw CivilityException.of(AssistanceError.END_DATE, "endedOn", on, "startedOn", startedOn);
        }
        endedOn = on;
    }

    /** True if {@code volunteer} is one of the pairing's volunteers. */
    public boolean pairs(VolunteerId volunteer) {
        return volunteers.contains(volunteer);
    }

    /** True until ended. */
    public boolean isActive() {
        return endedOn == null;
    }

    /** True if started on or before {@code date} and not ended on or before it. */
    public boolean isActiveOn(LocalDate date) {
        return !startedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
    }

    /** The date of the last visit on or before {@code asOf}, if any. */
    public Optional<LocalDate> lastVisitOn(LocalDate asOf) {
        return visits.stream().map(CarePairing::dateOf).filter(d -> !d.isAfter(asOf)).max(Comparator.naturalOrder());
    }

    /** The last day by which the next visit is due, as seen on {@code asOf}: last visit (or start) plus the interval. */
    public LocalDate visitDueBy(LocalDate asOf) {
        return lastVisitOn(asOf).orElse(startedOn).plusDays(visitIntervalDays);
    }

    /**
     * R-HELP-1: how many days past due the next visit is on {@code asOf}; 0 if not overdue or not
     * active on that date.
     */
    public long daysOverdueOn(LocalDate asOf) {
        if (!isActiveOn(asOf)) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(visitDueBy(asOf), asOf));
    }

    /** R-HELP-1: true if {@link #daysOverdueOn} is positive. */
    public boolean isOverdueOn(LocalDate asOf) {
        return daysOverdueOn(asOf) > 0;
    }

    public CarePairingId id() {
        return id;
    }

    public CareRecipientId recipient() {
        return recipient;
    }

    /** The recipient's unit. */
    public UnitId unit() {
        return unit;
    }

    /** The recipient's category. */
    public CareCategory category() {
        return category;
    }

    /** The volunteers in the order given, unmodifiable. */
    public List<VolunteerId> volunteers() {
        return volunteers;
    }

    public int visitIntervalDays() {
        return visitIntervalDays;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    /** The visits in the order recorded, unmodifiable. */
    public List<Visit> visits() {
        return List.copyOf(visits);
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "CarePairing[" + id + ", " + recipient + ", " + volunteers.size() + " volunteers, every "
                + visitIntervalDays + " days, v" + version + "]";
    }

    static LocalDate dateOf(Visit visit) {
        return LocalDate.ofInstant(visit.visitedAt(), AssistanceSettings.SERVICE_ZONE);
    }

    private void requireActive() {
        if (endedOn != null) {
            throw CivilityException.of(AssistanceError.PAIRING_ENDED, "pairing", id, "endedOn", endedOn);
        }
    }

    private void checkVisit(Visit visit) {
        if (!volunteers.contains(visit.volunteer())) {
            throw CivilityException.of(AssistanceError.NOT_PAIRED, "volunteer", visit.volunteer(), "pairing", id);
        }
        if (dateOf(visit).isBefore(startedOn)) {
            throw CivilityException.of(AssistanceError.VISIT_DATE, "visitedOn", dateOf(visit), "startedOn", startedOn);
        }
    }
}
