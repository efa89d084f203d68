package org.civility.persistence.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.civility.persistence.JpaPorts;
import org.civility.persistence.architecture.leaky.LeakyRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves the persistence guard fails when a persistence class imports the web adapter, and passes the real ports. */
class PersistenceGuardSelfTest {

    @Test
    void guardRejectsAPersistenceClassThatImportsTheWebAdapter() {
        var leaky = new ClassFileImporter().importClasses(LeakyRepository.class);

        assertThatThrownBy(() -> PersistenceStandsBesideWebTest.noWebAdapterInPersistence().check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.civility.web.elsewhere.ProblemCodes");
    }

    @Test
    void guardPassesTheProducersOfCoresPorts() {
        var ports = new ClassFileImporter().importClasses(JpaPorts.class);

        PersistenceStandsBesideWebTest.noWebAdapterInPersistence().check(ports);
    }
}
