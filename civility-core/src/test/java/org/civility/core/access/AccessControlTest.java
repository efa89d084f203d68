package org.civility.core.access;

import org.civility.core.fixtures.TestUnitTree;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Denials and rejected references say what was refused, never where in another branch it lies. */
class AccessControlTest {

    private final TestUnitTree tree = TestUnitTree.aUnitTree();
    private final AccessControl access = new AccessControl(tree);
    private final Actor resident = Actor.of("resident", new RoleGrant(Role.RESIDENT, tree.station));

    @Test
    void aDenialNamesTheActorAndThePermissionButNotTheUnitOfWhatWasAskedFor() {
        assertThatThrownBy(() -> access.require(resident, Permission.VIEW, tree.otherStation))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("ACCESS-DENIED");
                    assertThat(e.args()).containsEntry("actor", "resident").containsEntry("permission", "VIEW")
                            .doesNotContainValue(tree.otherStation);
                    assertThat(e.detail(Messages.DEFAULT_LOCALE)).doesNotContain(tree.otherStation.toString());
                    assertThat(e.detail(Locale.ENGLISH)).doesNotContain(tree.otherStation.toString());
                });
    }

    @Test
    void aReferenceOutsideTheActingUnitsSubtreeNamesWhatWasGivenButNotWhereItLies() {
        assertThatThrownBy(() -> access.requireWithin(tree.otherStation, tree.station, "volunteer", "v-1"))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("REFERENCE-OUTSIDE-SUBTREE");
                    assertThat(e.args()).containsOnlyKeys("what", "id").doesNotContainValue(tree.otherStation);
                });
        access.requireWithin(tree.point, tree.station, "volunteer", "v-2");
        access.requireWithinOrAbove(tree.station, tree.point, "volunteer", "v-3");
        assertThatThrownBy(() -> access.requireWithinOrAbove(tree.otherStation, tree.point, "booking", "b-1"))
                .isInstanceOfSatisfying(CivilityException.class,
                        e -> assertThat(e.code()).isEqualTo("REFERENCE-OUTSIDE-SUBTREE"));
    }
}
