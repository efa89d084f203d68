package org.civility.core.lecture;

import java.util.Optional;

import org.civility.core.organisation.StaffRole;
import org.civility.core.organisation.Tier;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.Policy;
import org.civility.core.team.Team;
import org.civility.core.team.TeamKind;
import org.civility.core.team.TeamRepository;
import org.civility.core.volunteer.VolunteerId;

import static java.util.Objects.requireNonNull;

/**
 * R-LECT-2: a lecture is given by a lecturer (宣讲员: a staff assignment with
 * {@link StaffRole#LECTURER} at the unit or one of its ancestors, matched by volunteer id) or by a
 * member of an {@link TeamKind#EXPERT} or {@link TeamKind#GRASSROOTS_SPEAKER} team of the unit, or, at a practice
 * point or base (which keep no teams of their own), of its station.
 */
public final class QualifiedSpeakerPolicy implements Policy<QualifiedSpeakerPolicy.Candidate> {

    public static final String RULE = "R-LECT-2";

    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final UnitRepository units;
    private final TeamRepository teams;

    public QualifiedSpeakerPolicy(UnitRepository units, TeamRepository teams) {
        this.units = requireNonNull(units, "units");
        this.teams = requireNonNull(teams, "teams");
    }

    /** Who would speak where. */
    public record Candidate(UnitId unit, VolunteerId speaker) {
        public Candidate {
            requireNonNull(unit, "unit");
            requireNonNull(speaker, "speaker");
        }
    }

    @Override
    public Decision evaluate(Candidate candidate) {
        if (isLecturer(candidate) || isTeamSpeaker(candidate)) {
            return Decision.allowed();
        }
        return Decision.rejected(LectureError.SPEAKER_NOT_QUALIFIED, "speaker", candidate.speaker(),
                "unit", candidate.unit());
    }

    private boolean isLecturer(Candidate candidate) {
        Optional<UnitId> current = Optional.of(candidate.unit());
        for (int depth = 0; current.isPresent() && depth < 16; depth++) {
            Optional<Unit> unit = units.find(current.get());
            if (unit.isEmpty()) {
                return false;
            }
            boolean lecturer = unit.get().staff().stream().anyMatch(s -> s.role() == StaffRole.LECTURER
                    && s.volunteerId().filter(v -> v.equals(candidate.speaker().value())).isPresent());
            if (lecturer) {
                return true;
            }
            current = unit.get().parent();
        }
        return false;
    }

    private boolean isTeamSpeaker(Candidate candidate) {
        if (isTeamSpeakerAt(candidate.unit(), candidate.speaker())) {
            return true;
        }
        Optional<Unit> unit = units.find(candidate.unit());
        return unit.filter(u -> u.tier() == Tier.POINT || u.tier() == Tier.BASE)
                .flatMap(Unit::parent)
                .filter(station -> isTeamSpeakerAt(station, candidate.speaker()))
                .isPresent();
    }

    private boolean isTeamSpeakerAt(UnitId unit, VolunteerId speaker) {
        Page<Team> page;
        int offset = 0;
        do {
            page = teams.byUnit(unit, new PageRequest(offset, PAGE));
            boolean member = page.items().stream()
                    .filter(t -> t.kind() == TeamKind.EXPERT || t.kind() == TeamKind.GRASSROOTS_SPEAKER)
                    .anyMatch(t -> t.isMember(speaker));
            if (member) {
                return true;
            }
            offset += PAGE;
        } while (page.hasMore());
        return false;
    }
}
