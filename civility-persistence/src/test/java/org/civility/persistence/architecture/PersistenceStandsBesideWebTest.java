package org.civility.persistence.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps civility-persistence an adapter beside civility-web: it implements core's ports and knows nothing of HTTP,
 * of the web adapter or of the sample portal.
 */
class PersistenceStandsBesideWebTest {

    static final String[] FORBIDDEN = {
            "org.civility.web..", "org.civility.portal..", "jakarta.ws.rs..", "jakarta.servlet..",
            "org.eclipse.microprofile.openapi.."
    };

    static JavaClasses persistence;

    @BeforeAll
    static void importPersistence() {
        persistence = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civility.persistence");
    }

    /** The rule, also used by {@link PersistenceGuardSelfTest} to prove it bites. */
    static ArchRule noWebAdapterInPersistence() {
        return noClasses().that().resideInAPackage("org.civility.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .because("civility-persistence depends on civility-core only; the deployment puts the web adapter "
                        + "beside it (docs/architecture.md)");
    }

    @Test
    void persistenceDependsOnNoWebAdapter() {
        noWebAdapterInPersistence().check(persistence);
    }

    @Test
    void persistenceImportsSomething() {
        assertThat(persistence.size()).as("the guard must look at real classes").isGreaterThan(50);
    }
}
