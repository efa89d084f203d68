package org.civility.core.team;

import org.civility.core.shared.CivilityException;
import org.civility.core.shared.ErrorKind;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.TeamFixtures.aFiveElder;
import static org.civility.core.fixtures.TeamFixtures.aMember;
import static org.civility.core.fixtures.TeamFixtures.aProfessional;
import static org.civility.core.fixtures.TeamFixtures.aTeam;
import static org.civility.core.fixtures.TeamFixtures.aVolunteerId;

class TeamTest {

    @Test
    @DisplayName("R-TEAM-1 a five-elders member without a category is rejected")
    void rejectsFiveEldersMemberWithoutCategory() {
        // given
        Team fiveElders = aTeam().ofKind(TeamKind.FIVE_ELDERS).build();

        // then
        assertThatThrownBy(() -> fiveElders.admit(aMember(aVolunteerId())))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("R-TEAM-1");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE);
                });
        assertThat(fiveElders.members()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FiveEldersCategory.class)
    @DisplayName("R-TEAM-1 a five-elders member of each of the five categories is admitted")
    void admitsFiveEldersMemberOfEachCategory(FiveEldersCategory category) {
        // given
        Team fiveElders = aTeam().ofKind(TeamKind.FIVE_ELDERS).build();
        VolunteerId elder = aVolunteerId();

        // when
        fiveElders.admit(aFiveElder(elder, category));

        // then
        assertThat(fiveElders.member(elder).orElseThrow().category()).contains(category);
    }

    @ParameterizedTest
    @EnumSource(value = TeamKind.class, names = "FIVE_ELDERS", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("R-TEAM-1 other kinds of team need no category")
    void otherTeamsNeedNoCategory(TeamKind kind) {
        Team team = aTeam().ofKind(kind).build();

        team.admit(aMember(aVolunteerId()));

        assertThat(team.members()).hasSize(1);
    }

    @Test
    @DisplayName("R-TEAM-1 restoring a five-elders team checks every member again")
    void restoreRejectsFiveEldersMemberWithoutCategory() {
        Team team = aTeam().ofKind(TeamKind.FIVE_ELDERS).build();

        assertThatThrownBy(() -> Team.restore(team.id(), team.unit(), team.kind(), team.name(), team.formedAt(),
                List.of(aMember(aVolunteerId())), 3))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("R-TEAM-1"));
    }

    @Test
    void admitsAVolunteerOnlyOnce() {
        // given
        VolunteerId volunteer = aVolunteerId();
        Team team = aTeam().withMember(aMember(volunteer)).build();

        // then
        assertThatThrownBy(() -> team.admit(aMember(volunteer)))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("TEAM-ALREADY-MEMBER");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
        assertThat(team.members()).hasSize(1);
    }

    @Test
    void letsAMemberLeave() {
        // given
        VolunteerId doctor = aVolunteerId();
        VolunteerId lawyer = aVolunteerId();
        Team team = aTeam().ofKind(TeamKind.PROFESSIONAL)
                .withMember(aProfessional(doctor, Profession.DOCTOR))
                .withMember(aProfessional(lawyer, Profession.LAWYER)).build();

        // when
        TeamMember left = team.release(doctor);

        // then
        assertThat(left.profession()).contains(Profession.DOCTOR);
        assertThat(team.isMember(doctor)).isFalse();
        assertThat(team.members()).extracting(TeamMember::volunteer).containsExactly(lawyer);
    }

    @Test
    void rejectsLeavingByANonMember() {
        Team team = aTeam().build();

        assertThatThrownBy(() -> team.release(aVolunteerId()))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("TEAM-NOT-MEMBER"));
    }

    @Test
    void exposesMembersAsAnUnmodifiableCopy() {
        Team team = aTeam().withMember(aMember(aVolunteerId())).build();

        assertThatThrownBy(() -> team.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(team.members()).hasSize(1);
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> aTeam().named(" ").build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("TEAM-NAME-INVALID"));
    }
}
