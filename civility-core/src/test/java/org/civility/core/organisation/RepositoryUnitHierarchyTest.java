package org.civility.core.organisation;

import org.civility.core.fixtures.OrganisationFixtures.Tree;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.OrganisationFixtures.aTree;
import static org.civility.core.fixtures.OrganisationFixtures.aUnitId;

class RepositoryUnitHierarchyTest {

    private final Tree tree = aTree();
    private final RepositoryUnitHierarchy hierarchy = new RepositoryUnitHierarchy(tree.units());

    @Test
    void placesAStationWithinItselfItsInstituteAndTheCenter() {
        assertThat(hierarchy.isWithin(tree.stationA().id(), tree.stationA().id())).isTrue();
        assertThat(hierarchy.isWithin(tree.stationA().id(), tree.instituteA().id())).isTrue();
        assertThat(hierarchy.isWithin(tree.stationA().id(), tree.center().id())).isTrue();
    }

    @Test
    void keepsBranchesApartAndParentsOutsideChildren() {
        assertThat(hierarchy.isWithin(tree.stationA().id(), tree.instituteB().id())).isFalse();
        assertThat(hierarchy.isWithin(tree.instituteA().id(), tree.stationA().id())).isFalse();
    }

    @Test
    void placesAnUnknownUnitWithinNothingButItself() {
        var unknown = aUnitId();

        assertThat(hierarchy.isWithin(unknown, tree.center().id())).isFalse();
        assertThat(hierarchy.isWithin(unknown, unknown)).isTrue();
    }
}
