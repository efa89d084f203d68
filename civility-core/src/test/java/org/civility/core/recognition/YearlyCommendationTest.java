package org.civility.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civility.core.organisation.UnitId;
import org.civility.core.team.TeamId;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class YearlyCommendationTest {

    private final UnitId station = new UnitId(UUID.randomUUID());
    private final UnitId other = new UnitId(UUID.randomUUID());
    private final VolunteerId wang = volunteer();
    private final VolunteerId li = volunteer();
    private final VolunteerId zhang = volunteer();
    private final VolunteerId zhao = volunteer();

    private static VolunteerId volunteer() {
        return new VolunteerId(UUID.randomUUID());
    }

    @Test
    @DisplayName("R-RECG-1 volunteers are ranked by hours, then rating, within the unit's quota")
    void ranksVolunteersByHoursThenRatingWithinQuota() {
        List<CommendationCandidate> candidates = List.of(
                new CommendationCandidate(wang, station, 6000, 4.0),
                new CommendationCandidate(li, station, 9000, 3.5),
                new CommendationCandidate(zhang, station, 6000, 4.8),
                new CommendationCandidate(zhao, station, 100, 5.0));

        List<Commended> list = YearlyCommendation.rank(candidates, List.of(),
                List.of(new CommendationQuota(station, 3, 0)));

        assertThat(list).extracting(Commended::id, Commended::rank).containsExactly(
                org.assertj.core.groups.Tuple.tuple(li.value(), 1),
                org.assertj.core.groups.Tuple.tuple(zhang.value(), 2),
                org.assertj.core.groups.Tuple.tuple(wang.value(), 3));
    }

    @Test
    @DisplayName("R-RECG-1 teams are ranked by their members' summed hours, each unit within its own quota")
    void ranksTeamsBySummedMemberHoursPerUnit() {
        TeamId small = new TeamId(UUID.randomUUID());
        TeamId big = new TeamId(UUID.randomUUID());
        TeamId elsewhere = new TeamId(UUID.randomUUID());
        List<CommendationCandidate> candidates = List.of(
                new CommendationCandidate(wang, station, 3000, 4.0),
                new CommendationCandidate(li, station, 3000, 5.0),
                new CommendationCandidate(zhang, station, 5000, 4.0),
                new CommendationCandidate(zhao, other, 100, 4.0));
        List<TeamMembership> teams = List.of(
                new TeamMembership(small, station, Set.of(zhang)),
                new TeamMembership(big, station, Set.of(wang, li)),
                new TeamMembership(elsewhere, other, Set.of(zhao)));

        List<Commended> list = YearlyCommendation.rank(candidates, teams,
                List.of(new CommendationQuota(station, 0, 1), new CommendationQuota(other, 1, 1)));

        assertThat(list).filteredOn(c -> c.unit().equals(station)).singleElement()
                .satisfies(c -> {
                    assertThat(c.nominee()).isEqualTo(Nominee.TEAM);
                    assertThat(c.id()).isEqualTo(big.value());
                    assertThat(c.minutes()).isEqualTo(6000);
                    assertThat(c.averageRating()).isEqualTo(4.5);
                });
        assertThat(list).filteredOn(c -> c.unit().equals(other)).extracting(Commended::nominee)
                .containsExactly(Nominee.VOLUNTEER, Nominee.TEAM);
    }

    @Test
    @DisplayName("R-RECG-1 a unit without a quota commends nobody, and nobody without hours is commended")
    void noQuotaNoCommendationAndNoHoursNoCommendation() {
        List<CommendationCandidate> candidates = List.of(
                new CommendationCandidate(wang, station, 6000, 4.0),
                new CommendationCandidate(li, other, 0, 5.0));

        List<Commended> list = YearlyCommendation.rank(candidates, List.of(),
                List.of(new CommendationQuota(other, 5, 5)));

        assertThat(list).isEmpty();
    }
}
