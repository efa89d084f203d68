package org.civility.core.resource;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.civility.core.matching.Candidate;
import org.civility.core.matching.Skills;
import org.civility.core.matching.WeeklyWindow;
import org.civility.core.order.Assignee;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/**
 * An entry of the resource list (资源清单): what one volunteer or team offers — skills (tags), area, weekly
 * availability and a short note. One offer per volunteer or team. Lifecycle: active when published;
 * {@link #withdraw()} takes it out of matching (kept for the record), {@link #reactivate()} brings it back.
 *
 * <p>Invariants: at least one skill, at most {@value Skills#MAX_COUNT}, normalised (trimmed, lower case); at most
 * {@value #MAX_WINDOWS} weekly windows; the note at most {@value #MAX_NOTE} characters.
 */
public final class ServiceOffer {

    public static final int MAX_WINDOWS = 28;
    public static final int MAX_NOTE = 500;

    private final ServiceOfferId id;
    private final Assignee owner;
    private Set<String> skills;
    private OfferArea area;
    private List<WeeklyWindow> availability;
    private String note;
    private boolean active;
    private final long version;

    private ServiceOffer(ServiceOfferId id, Assignee owner, Collection<String> skills, OfferArea area,
                         List<WeeklyWindow> availability, String note, boolean active, long version) {
        this.id = requireNonNull(id, "id");
        this.owner = requireNonNull(owner, "owner");
        revise(skills, area, availability, note);
        this.active = active;
        this.version = version;
    }

    public static ServiceOffer publish(ServiceOfferId id, Assignee owner, Collection<String> skills, OfferArea area,
                                       List<WeeklyWindow> availability, String note) {
        return new ServiceOffer(id, owner, skills, area, availability, note, true, 0);
    }

    public static ServiceOffer restore(ServiceOfferId id, Assignee owner, Collection<String> skills, OfferArea area,
                                       List<WeeklyWindow> availability, String note, boolean active, long version) {
        return new ServiceOffer(id, owner, skills, area, availability, note, active, version);
    }

    /** Replaces what is offered, where and when. */
    public void revise(Collection<String> skills, OfferArea area, List<WeeklyWindow> availability, String note) {
        Set<String> s = Skills.normalise(requireNonNull(skills, "skills"));
        if (s.isEmpty()) {
            throw CivilityException.of(org.civility.core.matching.MatchingError.SKILL_INVALID, "skill", "",
                    "max", Skills.MAX_LENGTH, "count", 0, "maxCount", Skills.MAX_COUNT);
        }
        List<WeeklyWindow> w = List.copyOf(requireNonNull(availability, "availability"));
        if (w.size() > MAX_WINDOWS) {
            throw CivilityException.of(OfferError.TEXT_INVALID, "field", "availability", "max", MAX_WINDOWS);
        }
        String n = note == null ? "" : note.strip();
        if (n.length() > MAX_NOTE) {
            throw CivilityException.of(OfferError.TEXT_INVALID, "field", "note", "max", MAX_NOTE);
        }
        this.skills = s;
        this.area = requireNonNull(area, "area");
        this.availability = w;
        this.note = n;
    }

    public void withdraw() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    /** What matching knows of this offer, with its owner's recent load. */
    public Candidate asCandidate(int recentLoad) {
        return new Candidate(id.value(), skills, area.unit(), area.grid(), area.point(), availability, recentLoad);
    }

    public ServiceOfferId id() {
        return id;
    }

    public Assignee owner() {
        return owner;
    }

    public Set<String> skills() {
        return skills;
    }

    public OfferArea area() {
        return area;
    }

    public List<WeeklyWindow> availability() {
        return availability;
    }

    public String note() {
        return note;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
