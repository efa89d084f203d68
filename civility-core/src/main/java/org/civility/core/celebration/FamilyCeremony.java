package org.civility.core.celebration;

import java.time.Instant;
import java.time.LocalDate;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * A wedding or funeral registered with a station's red-and-white affairs council (红白理事会).
 *
 * <p>Lifecycle: {@link #register} creates it {@link CeremonyStatus#REGISTERED} once the plan has passed
 * R-CELE-1; the limits it was checked against are kept with it ({@link #limitsApplied()}), so a later
 * change of the village's rules does not rewrite history. Invariants: the plan's tables, gift money
 * and days lie within those limits; host not blank.
 */
public final class FamilyCeremony {

    private final CeremonyId id;
    private final CeremonyPlan plan;
    private final CeremonyLimits limitsApplied;
    private final CeremonyStatus status;
    private final Instant registeredAt;
    private final String registeredBy;
    private final long version;

    private FamilyCeremony(CeremonyId id, CeremonyPlan plan, CeremonyLimits limitsApplied, CeremonyStatus status,
                           Instant registeredAt, String registeredBy, long version) {
        this.id = requireNonNull(id, "id");
        this.plan = requireNonNull(plan, "plan");
        this.limitsApplied = requireNonNull(limitsApplied, "limitsApplied");
        this.status = requireNonNull(status, "status");
        this.registeredAt = requireNonNull(registeredAt, "registeredAt");
        this.registeredBy = requireNonNull(registeredBy, "registeredBy");
        this.version = version;
        if (plan.tables() > limitsApplied.maxTables() || plan.giftFen() > limitsApplied.maxGiftFen()
                || plan.days() > limitsApplied.maxDays()) {
            throw CivilityException.of(CelebrationError.STATE_INVALID, "what", "ceremony", "id", id,
                    "reason", "exceeds the limits it was registered under");
        }
        if (version < 0) {
            throw CivilityException.of(CelebrationError.STATE_INVALID, "what", "ceremony", "id", id,
                    "reason", "negative version");
        }
    }

    /**
     * Registers a ceremony that passed R-CELE-1 against {@code limits}.
     *
     * @throws CivilityException {@code CELEBRATION-STATE-INVALID} if the plan exceeds the limits
     */
    public static FamilyCeremony register(CeremonyId id, CeremonyPlan plan, CeremonyLimits limits,
                                          Instant registeredAt, String registeredBy) {
        return new FamilyCeremony(id, plan, limits, CeremonyStatus.REGISTERED, registeredAt, registeredBy, 0);
    }

    /** Rebuilds a stored ceremony, checking its invariants again. */
    public static FamilyCeremony restore(CeremonyId id, CeremonyPlan plan, CeremonyLimits limitsApplied,
                                         CeremonyStatus status, Instant registeredAt, String registeredBy,
                                         long version) {
        return new FamilyCeremony(id, plan, limitsApplied, status, registeredAt, registeredBy, version);
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
