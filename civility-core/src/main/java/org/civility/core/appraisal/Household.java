package org.civility.core.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;

/**
 * A household (户) of a station's area, the unit that votes in appraisals and collects awards.
 *
 * <p>Lifecycle: {@link #register registered} at a unit with its head, address and member count;
 * residents' accounts are {@link #addVoter linked} as its voting members; every award of a campaign is
 * {@link #recordAward recorded} in its {@link #history()}.
 *
 * <p>How an actor maps to a household: a vote names the household, and the service accepts it only
 * if the actor's account name is one of {@link #voters()}. An account votes for one household of a
 * unit (the service checks when linking).
 *
 * <p>Invariants: members 1 or more; a campaign awards a nominee of the household at most once.
 */
public final class Household {

    private static final Comparator<HouseholdAward> BY_YEAR_THEN_TIME =
            Comparator.comparingInt(HouseholdAward::year).thenComparing(HouseholdAward::awardedAt);

    private final HouseholdId id;
    private final UnitId unit;
    private final String head;
    private final String address;
    private final Optional<String> grid;
    private final int members;
    private final Set<String> voters;
    private final List<HouseholdAward> history;
    private final long version;

    private Household(HouseholdId id, UnitId unit, String head, String address, Optional<String> grid, int members,
                      Set<String> voters, List<HouseholdAward> history, long version) {
        this.id = Checks.required(id, "id");
        this.unit = Checks.required(unit, "unit");
        this.head = Checks.required(head, "head");
        this.address = Checks.required(address, "address");
        this.grid = Checks.optional(grid, "grid");
        if (members < 1) {
            throw CivilityException.of(AppraisalError.MEMBERS_INVALID, "members", members);
        }
        this.members = members;
        this.voters = new TreeSet<>();
        Checks.required(voters, "voters").forEach(v -> this.voters.add(Checks.required(v, "voter")));
        this.history = new ArrayList<>(Checks.required(history, "history"));
        this.history.sort(BY_YEAR_THEN_TIME);
        if (version < 0) {
            throw CivilityException.of(AppraisalError.STATE_INVALID, "what", "household", "id", id,
                    "reason", "negative version");
        }
        this.version = version;
    }

    /**
     * Registers a household.
     *
     * @throws CivilityException REQUIRED, {@link AppraisalError#MEMBERS_INVALID}
     */
    public static Household register(HouseholdId id, UnitId unit, String head, String address, Optional<String> grid,
                                     int members, Set<String> voters) {
        return new Household(id, unit, head, address, grid, members, voters, List.of(), 0);
    }

    /** Rebuilds a stored household, checking the invariants again. For persistence adapters. */
    public static Household restore(HouseholdId id, UnitId unit, String head, String address, Optional<String> grid,
                                    int members, Set<String> voters, List<HouseholdAward> history, long version) {
        return new Household(id, unit, head, address, grid, members, voters, history, version);
    }

    /** Links a resident's account as a voting member; linking twice changes nothing. */
    public void addVoter(String account) {
        voters.add(Checks.required(account, "account"));
    }

    /** True if the account votes for this household. */
    public boolean hasVoter(String account) {
        return account != null && voters.contains(account);
    }

    /**
     * Adds an award to the history; recording the same campaign's award of the same nominee again
     * changes nothing (so a retried award is harmless).
     */
    public void recordAward(HouseholdAward award) {
        Checks.required(award, "award");
        boolean known = history.stream().anyMatch(a -> a.campaign().equals(award.campaign())
                && a.person().equals(award.person()));
        if (!known) {
            history.add(award);
            history.sort(BY_YEAR_THEN_TIME);
        }
    }

    public HouseholdId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    /** Name of the head of household (户主). */
    public String head() {
        return head;
    }

    /** Address or house number. */
    public String address() {
        return address;
    }

    /** The grid (网格) the household belongs to, if the unit uses grids. */
    public Optional<String> grid() {
        return grid;
    }

    public int members() {
        return members;
    }

    /** Account names of the voting members, sorted. */
    public Set<String> voters() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(voters));
    }

    /** Awards over the years, oldest first. */
    public List<HouseholdAward> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
