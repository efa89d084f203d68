package org.civility.web.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.civility.web.architecture.leaky.LeakyResource;
import org.civility.web.order.OrderResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves the web guard fails when a web class imports the persistence adapter, and passes a real resource. */
class WebGuardSelfTest {

    @Test
    void guardRejectsAWebClassThatImportsThePersistenceAdapter() {
        var leaky = new ClassFileImporter().importClasses(LeakyResource.class);

        assertThatThrownBy(() -> WebStandsBesidePersistenceTest.noPersistenceAdapterInWeb().check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.civility.persistence.elsewhere.StorageInternals");
    }

    @Test
    void guardPassesAResourceThatUsesCorePortsOnly() {
        var resource = new ClassFileImporter().importClasses(OrderResource.class);

        WebStandsBesidePersistenceTest.noPersistenceAdapterInWeb().check(resource);
    }
}
