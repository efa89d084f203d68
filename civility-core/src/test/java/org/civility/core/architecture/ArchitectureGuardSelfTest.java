package org.civility.core.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.civility.core.architecture.leaky.LeakyAggregate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves the framework guard fails when a core class imports a forbidden API. */
class ArchitectureGuardSelfTest {

    @Test
    void guardRejectsAClassThatImportsAForbiddenApi() {
        var leaky = new ClassFileImporter().importClasses(LeakyAggregate.class);

        assertThatThrownBy(() -> CoreIsFrameworkFreeTest.noFrameworkInCore().check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("javax.sql.DataSource");
    }
}
