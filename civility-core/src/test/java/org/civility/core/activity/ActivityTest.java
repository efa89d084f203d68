package org.civility.core.activity;

import org.civility.core.shared.CivilityException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.core.fixtures.ActivityFixtures.NOW;
import static org.civility.core.fixtures.ActivityFixtures.aRecreation;
import static org.civility.core.fixtures.ActivityFixtures.aResident;
import static org.civility.core.fixtures.ActivityFixtures.aVolunteerParticipant;

class ActivityTest {

    @Test
    void confirmsWhilePlacesRemainThenWaitlistsInOrder() {
        // given
        Activity activity = aRecreation().withCapacity(2).build();
        Participant first = aVolunteerParticipant();
        Participant second = aResident("li");
        Participant third = aResident("wang");

        // when
        SignUpStatus s1 = activity.signUp(first, NOW);
        SignUpStatus s2 = activity.signUp(second, NOW.plusSeconds(1));
        SignUpStatus s3 = activity.signUp(third, NOW.plusSeconds(2));

        // then
        assertThat(s1).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(s2).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(s3).isEqualTo(SignUpStatus.WAITLISTED);
        assertThat(activity.confirmed()).extracting(SignUp::participant).containsExactly(first, second);
        assertThat(activity.waitlist()).extracting(SignUp::participant).containsExactly(third);
    }

    @Test
    void confirmsEveryoneWithoutACapacity() {
        Activity activity = aRecreation().build();
        for (int i = 0; i < 5; i++) {
            assertThat(activity.signUp(aResident("r" + i), NOW)).isEqualTo(SignUpStatus.CONFIRMED);
        }
        assertThat(activity.waitlist()).isEmpty();
    }

    @Test
    void cancellingAConfirmedSignUpPromotesTheFirstWaiting() {
        // given
        Participant first = aResident("a");
        Participant second = aResident("b");
        Participant third = aResident("c");
        Activity activity = aRecreation().withCapacity(1).withSignUp(first, NOW).withSignUp(second, NOW)
                .withSignUp(third, NOW).build();

        // when
        Optional<Participant> promoted = activity.cancelSignUp(first, NOW);

        // then
        assertThat(promoted).contains(second);
        assertThat(activity.statusOf(second)).contains(SignUpStatus.CONFIRMED);
        assertThat(activity.statusOf(third)).contains(SignUpStatus.WAITLISTED);
        assertThat(activity.statusOf(first)).isEmpty();
    }

    @Test
    void cancellingAWaitingSignUpPromotesNobody() {
        Participant first = aResident("a");
        Participant second = aResident("b");
        Activity activity = aRecreation().withCapacity(1).withSignUp(first, NOW).withSignUp(second, NOW).build();

        assertThat(activity.cancelSignUp(second, NOW)).isEmpty();
        assertThat(activity.confirmed()).extracting(SignUp::participant).containsExactly(first);
    }

    @Test
    void rejectsASecondSignUpOfTheSameParticipant() {
        Participant resident = aResident("li");
        Activity activity = aRecreation().withSignUp(resident, NOW).build();

        assertThatThrownBy(() -> activity.signUp(aResident("li"), NOW))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-ALREADY-SIGNED-UP"));
    }

    @Test
    void rejectsCancellingWithoutASignUp() {
        assertThatThrownBy(() -> aRecreation().build().cancelSignUp(aResident("x"), NOW))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-NOT-SIGNED-UP"));
    }

    @Test
    void closesSignUpOnceStarted() {
        Activity activity = aRecreation().startingAt(NOW).build();

        assertThatThrownBy(() -> activity.signUp(aResident("late"), NOW.plusSeconds(1)))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-SIGN-UP-CLOSED"));
    }

    @Test
    void closesSignUpWhenCancelled() {
        Activity activity = aRecreation().build();
        activity.cancel(NOW);

        assertThat(activity.status()).isEqualTo(ActivityStatus.CANCELLED);
        assertThatThrownBy(() -> activity.signUp(aResident("li"), NOW))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-SIGN-UP-CLOSED"));
    }

    @Test
    void marksHeldOnlyOnceStartedAndOnlyWhilePlanned() {
        Activity activity = aRecreation().startingAt(NOW.plusSeconds(60)).build();

        assertThatThrownBy(() -> activity.markHeld(NOW))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-NOT-STARTED"));
        activity.markHeld(NOW.plusSeconds(60));
        assertThat(activity.status()).isEqualTo(ActivityStatus.HELD);
        assertThatThrownBy(() -> activity.cancel(NOW))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-NOT-PLANNED"));
    }

    @Test
    void rejectsAnEndNotAfterTheStart() {
        assertThatThrownBy(() -> new Schedule(NOW, NOW))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-SCHEDULE-INVALID"));
    }

    @Test
    void rejectsInvalidTitleThemesAndCapacity() {
        assertThatThrownBy(() -> aRecreation().titled(" ").build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-TITLE-INVALID"));
        assertThatThrownBy(() -> aRecreation().onThemes().build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-THEMES-REQUIRED"));
        assertThatThrownBy(() -> aRecreation().withCapacity(0).build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-CAPACITY-INVALID"));
        assertThatThrownBy(() -> aRecreation().describedAs("x".repeat(Activity.MAX_DESCRIPTION_LENGTH + 1)).build())
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACTIVITY-DESCRIPTION-INVALID"));
    }

    @Test
    void restoreRejectsDuplicateSignUps() {
        Participant p = aResident("li");
        assertThatThrownBy(() -> aRecreation().withSignUp(p, NOW).withSignUp(p, NOW).build())
                .isInstanceOf(CivilityException.class);
    }

    @Test
    void volunteersAreReferredToByTheirIdAndResidentsByAccountName() {
        UUID volunteer = UUID.randomUUID();
        assertThat(Participant.of(org.civility.core.access.Actor.of("zhou").asVolunteer(volunteer)))
                .isEqualTo(new Participant(ParticipantKind.VOLUNTEER, volunteer.toString()));
        assertThat(Participant.of(org.civility.core.access.Actor.of("li")))
                .isEqualTo(new Participant(ParticipantKind.RESIDENT, "li"));
        assertThatThrownBy(() -> new Participant(ParticipantKind.VOLUNTEER, "not-a-uuid"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsThemesAndPlanningData() {
        Instant start = NOW.plus(Duration.ofDays(3));
        Activity activity = Activity.plan(new ActivityId(UUID.randomUUID()), new org.civility.core.organisation.UnitId(UUID.randomUUID()),
                PracticeForm.LECTURE, Set.of(Theme.POLICY, Theme.THOUGHT), "  政策宣讲  ", null,
                new Schedule(start, start.plusSeconds(3600)), Optional.empty(), Optional.of(30), NOW);

        assertThat(activity.title()).isEqualTo("政策宣讲");
        assertThat(activity.description()).isEmpty();
        assertThat(activity.themes()).containsExactly(Theme.THOUGHT, Theme.POLICY);
        assertThat(activity.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(activity.version()).isZero();
    }
}
