package org.civility.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps civility-web an adapter beside civility-persistence, not above it: it reaches storage only through core's
 * ports, whoever implements them (civility-persistence's {@code JpaPorts}, or a portal's own storage). Neither may
 * it know the sample portal that puts the two together.
 */
class WebStandsBesidePersistenceTest {

    static final String[] FORBIDDEN = {
            "org.civility.persistence..", "org.civility.portal..", "org.eclipse.persistence..", "org.flywaydb.."
    };

    static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civility.web");
    }

    /** The rule, also used by {@link WebGuardSelfTest} to prove it bites. */
    static ArchRule noPersistenceAdapterInWeb() {
        return noClasses().that().resideInAPackage("org.civility.web..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .because("civility-web depends on civility-core only; the deployment puts an adapter for storage "
                        + "beside it (docs/architecture.md)");
    }

    @Test
    void webDependsOnNoStorageAdapter() {
        noPersistenceAdapterInWeb().check(web);
    }

    @Test
    void webImportsSomething() {
        assertThat(web.size()).as("the guard must look at real classes").isGreaterThan(50);
    }
}
