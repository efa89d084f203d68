package org.civility.core.celebration;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityService;
import org.civility.core.activity.PracticeForm;
import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryActivityRepository;
import org.civility.core.memory.InMemoryBookingRepository;
import org.civility.core.memory.InMemoryFamilyCeremonyRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FestivalActivitiesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2026-06-01: Spring Festival, Lantern, Qingming are past; Dragon Boat (06-19) onwards ahead. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), SHANGHAI);

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final AccessControl access = new AccessControl(tree);
    private final ActivityService activities = new ActivityService(new InMemoryActivityRepository(),
            new InMemoryBookingRepository(), access, CLOCK, IdSource.random(), EventPublisher.none(), SHANGHAI);
    private final CelebrationService celebrations = new CelebrationService(new InMemoryFamilyCeremonyRepository(),
            access, PolicySettings.defaults(), CLOCK, IdSource.random(), EventPublisher.none());
    private final FestivalActivities festivals = new FestivalActivities(access, celebrations, activities, CLOCK,
            SHANGHAI);
    private final Actor admin = Actor.of("admin", new RoleGrant(Role.ADMINISTRATOR, tree.station));

    @Test
    void plansACelebrationForEveryFestivalStillAheadOnItsLunarDate() {
        var planned = festivals.planYear(admin, tree.station, 2026);

        assertThat(planned).extracting(a -> a.schedule().start().atZone(SHANGHAI).toLocalDate().toString())
                .containsExactly("2026-06-19", "2026-08-19", "2026-09-25", "2026-10-18");
        assertThat(planned).allSatisfy(a -> assertThat(a.form()).isEqualTo(PracticeForm.CELEBRATION));
        assertThat(planned).extracting(Activity::title).anySatisfy(t -> assertThat(t).contains("中秋"));
    }

    @Test
    void planningTheSameYearAgainAddsNothing() {
        festivals.planYear(admin, tree.station, 2026);

        assertThat(festivals.planYear(admin, tree.station, 2026)).isEmpty();
    }

    @Test
    void aResidentMayNotPlanEvenWhenEverythingIsPlannedAlready() {
        festivals.planYear(admin, tree.station, 2026);
        var resident = Actor.of("resident", new RoleGrant(Role.RESIDENT, tree.station));

        assertThatThrownBy(() -> festivals.planYear(resident, tree.station, 2026))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }

    @Test
    void anotherBranchMayNotPlanHere() {
        var stranger = Actor.of("other", new RoleGrant(Role.ADMINISTRATOR, tree.otherStation));

        assertThatThrownBy(() -> festivals.planYear(stranger, tree.station, 2026))
                .isInstanceOfSatisfying(CivilityException.class, e -> assertThat(e.code()).isEqualTo("ACCESS-DENIED"));
    }
}
