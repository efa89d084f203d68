package org.civility.core.celebration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * A wedding or funeral registered with a station's red-and-white affairs council (红白理事会).
 *
 * <p>Lifecycle (R-CELE-1, clarified): {@link #register} checks the plan against the village's limits, which are kept
 * with it ({@link #limitsApplied()}) so a later change of the village's rules does not rewrite history. Within them it
 * is {@link CeremonyStatus#REGISTERED}; over them it is recorded all the same, {@link CeremonyStatus#FLAGGED} for the
 * council's persuasion visit (劝导) with every breach ({@link #breaches()}), not refused and lost; {@link #recordVisit}
 * then makes it {@link CeremonyStatus#VISITED}.
 *
 * <p>Invariants: REGISTERED exactly when the plan lies within the limits applied; a visit exactly when VISITED; host
 * not blank.
 */
public final class FamilyCeremony {

    private final CeremonyId id;
    private final CeremonyPlan plan;
    private final CeremonyLimits limitsApplied;
    private final CeremonyStatus status;
    private final Instant registeredAt;
    private final String registeredBy;
    private final Optional<PersuasionVisit> visit;
    private final long version;

    private FamilyCeremony(CeremonyId id, CeremonyPlan plan, CeremonyLimits limitsApplied, CeremonyStatus status,
                           Instant registeredAt, String registeredBy, Optional<PersuasionVisit> visit, long version) {
        this.id = requireNonNull(id, "id");
        this.plan = requireNonNull(plan, "plan");
        this.limitsApplied = requireNonNull(limitsApplied, "limitsApplied");
        this.status = requireNonNull(status, "status");
        this.registeredAt = requireNonNull(registeredAt, "registeredAt");
        this.registeredBy = requireNonNull(registeredBy, "registeredBy");
        this.visit = requireNonNull(visit, "visit");
        this.version = version;
        boolean within = CeremonyLimitsPolicy.breaches(plan, limitsApplied).isEmpty();
        if (within != (status == CeremonyStatus.REGISTERED)) {
            throw CivilityException.of(CelebrationError.STATE_INVALID, "what", "ceremony", "id", id,
                    "reason", status + (within ? " within" : " over") + " the limits it was registered under");
        }
        if (visit.isPresent() != (status == CeremonyStatus.VISITED)) {
            throw CivilityException.of(CelebrationError.STATE_INVALID, "what", "ceremony", "id", id,
                    "reason", status + (visit.isPresent() ? " with" : " without") + " a persuasion visit");
        }
        if (version < 0) {
            throw CivilityException.of(CelebrationError.STATE_INVALID, "what", "ceremony", "id", id,
                    "reason", "negative version");
        }
    }

    /**
     * Registers a ceremony checked against {@code limits}: REGISTERED within them, FLAGGED over them (R-CELE-1).
     */
    public static FamilyCeremony register(CeremonyId id, CeremonyPlan plan, CeremonyLimits limits,
                                          Instant registeredAt, String registeredBy) {
        CeremonyStatus status = CeremonyLimitsPolicy.breaches(plan, limits).isEmpty()
                ? CeremonyStatus.REGISTERED : CeremonyStatus.FLAGGED;
        return new FamilyCeremony(id, plan, limits, status, registeredAt, registeredBy, Optional.empty(), 0);
    }

    /** Rebuilds a stored ceremony, checking its invariants again. */
    public static FamilyCeremony restore(CeremonyId id, CeremonyPlan plan, CeremonyLimits limitsApplied,
                                         CeremonyStatus status, Instant registeredAt, String registeredBy,
                                         Optional<PersuasionVisit> visit, long version) {
        return new FamilyCeremony(id, plan, limitsApplied, status, registeredAt, registeredBy, visit, version);
    }

    /**
     * The council's persuasion visit to this flagged ceremony's household.
     *
     * @throws CivilityException {@code CELEBRATION-VISIT-NOT-PENDING} unless FLAGGED (within the limits, or visited)
     */
    public FamilyCeremony recordVisit(PersuasionVisit visit) {
        requireNonNull(visit, "visit");
        if (status != CeremonyStatus.FLAGGED) {
            throw CivilityException.of(CelebrationError.VISIT_NOT_PENDING, "id", id, "status", status);
        }
        return new FamilyCeremony(id, plan, limitsApplied, CeremonyStatus.VISITED, registeredAt, registeredBy,
                Optional.of(visit), version);
    }

    static CivilityException invalid(String field, Object value) {
        return CivilityException.of(CelebrationError.CEREMONY_INVALID, "field", field, "value", String.valueOf(value));
    }

    public CeremonyId id() {
        return id;
    }

    public CeremonyPlan plan() {
        return plan;
    }

    public UnitId unit() {
        return plan.unit();
    }

    public CeremonyKind kind() {
        return plan.kind();
    }

    public String host() {
        return plan.host();
    }

    public LocalDate date() {
        return plan.date();
    }

    public int tables() {
        return plan.tables();
    }

    public long giftFen() {
        return plan.giftFen();
    }

    public int days() {
        return plan.days();
    }

    /** The village limits in force when it was registered: the result of the R-CELE-1 check. */
    public CeremonyLimits limitsApplied() {
        return limitsApplied;
    }

    public CeremonyStatus status() {
        return status;
    }

    /** Every limit the plan exceeds (tables, gift money, days), against the limits applied; empty when within. */
    public List<LimitBreach> breaches() {
        return CeremonyLimitsPolicy.breaches(plan, limitsApplied);
    }

    /** The council's persuasion visit, once recorded. */
    public Optional<PersuasionVisit> visit() {
        return visit;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** Name of the actor who registered it. */
    public String registeredBy() {
        return registeredBy;
    }

    public long version() {
        return version;
    }
}
