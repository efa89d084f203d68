package org.civility.core.team;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One of a unit's teams (队伍, DOMAIN §3): expert, professional, volunteer, five-elders or
 * grassroots-speaker.
 *
 * <p>Lifecycle: {@link #form} creates an empty team; volunteers {@link #admit join} and
 * {@link #release leave} it. Id, unit, kind and formation time never change.
 *
 * <p>Invariants: the name has 1-{@value #MAX_NAME_LENGTH} characters; a volunteer is a member at
 * most once; every member of a five-elders team names one of the five categories (R-TEAM-1,
 * {@link FiveEldersMembershipPolicy}). That a member's home unit lies within the team's unit is
 * checked by {@link TeamService}, which knows the unit tree.
 */
public final class Team {

    public static final int MAX_NAME_LENGTH = 100;
    private static final FiveEldersMembershipPolicy FIVE_ELDERS = new FiveEldersMembershipPolicy();
    private static final Comparator<TeamMember> MEMBER_ORDER = Comparator.comparing(TeamMember::joinedAt)
            .thenComparing(m -> m.volunteer().value());

    private final TeamId id;
    private final UnitId unit;
    private final TeamKind kind;
    private final String name;
    private final Instant formedAt;
    private final List<TeamMember> members;
    private final long version;

    private Team(TeamId id, UnitId unit, TeamKind kind, String name, Instant formedAt,
                 Collection<TeamMember> members, long version) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.kind = requireNonNull(kind, "kind");
        this.name = checkName(name);
        this.formedAt = requireNonNull(formedAt, "formedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
        this.version = version;
        this.members = new ArrayList<>();
        for (TeamMember member : requireNonNull(members, "members")) {
            admit(member);
        }
    }

    /**
     * Forms a team without members.
     *
     * @throws CivilityException {@code TEAM-NAME-INVALID}
     */
    public static Team form(TeamId id, UnitId unit, TeamKind kind, String name, Instant formedAt) {
        return new Team(id, unit, kind, name, formedAt, List.of(), 0);
    }

    /** Rebuilds a stored team, checking the invariants again. For persistence adapters. */
    public static Team restore(TeamId id, UnitId unit, TeamKind kind, String name, Instant formedAt,
                               Collection<TeamMember> members, long version) {
        return new Team(id, unit, kind, name, formedAt, members, version);
    }

    /**
     * Admits a volunteer.
     *
     * @throws CivilityException {@code TEAM-ALREADY-MEMBER}; {@code R-TEAM-1} for a five-elders
     *                           member without a category
     */
    public void admit(TeamMember member) {
        requireNonNull(member, "member");
        if (isMember(member.volunteer())) {
            throw CivilityException.of(TeamError.ALREADY_MEMBER, "team", id, "volunteer", member.volunteer());
        }
        FIVE_ELDERS.evaluate(new Membership(id, kind, member)).orThrow();
        members.add(member);
        members.sort(MEMBER_ORDER);
    }

    /**
     * Lets a volunteer leave.
     *
     * @return the membership that ended
     * @throws CivilityException {@code TEAM-NOT-MEMBER}
     */
    public TeamMember release(VolunteerId volunteer) {
        TeamMember member = member(volunteer).orElseThrow(() ->
                CivilityException.of(TeamError.NOT_MEMBER, "team", id, "volunteer", volunteer));
        members.remove(member);
        return member;
    }

    public boolean isMember(VolunteerId volunteer) {
        return member(volunteer).isPresent();
    }

    public Optional<TeamMember> member(VolunteerId volunteer) {
        return members.stream().filter(m -> m.volunteer().equals(volunteer)).findFirst();
    }

    public TeamId id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    public TeamKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public Instant formedAt() {
        return formedAt;
    }

    /** Members by joining time, then volunteer id; an unmodifiable copy. */
    public List<TeamMember> members() {
        return List.copyOf(members);
    }

    /** 0 if never stored. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Team[" + id + ", " + kind + ", " + name + ", " + members.size() + " members, v" + version + "]";
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw CivilityException.of(TeamError.NAME_INVALID, "max", MAX_NAME_LENGTH);
        }
        return name.strip();
    }
}
