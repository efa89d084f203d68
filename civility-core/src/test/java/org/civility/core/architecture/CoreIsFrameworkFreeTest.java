package org.civility.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps {@code civility-core} free of frameworks: the one Jakarta API it may use is
 * {@code jakarta.validation} (constraint annotations on input records).
 */
class CoreIsFrameworkFreeTest {

    static final String[] FORBIDDEN = {
            "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..",
            "jakarta.transaction..", "jakarta.ejb..", "jakarta.servlet..", "jakarta.json..",
            "jakarta.annotation..", "jakarta.security..", "org.eclipse.persistence..", "org.flywaydb..",
            "org.eclipse.microprofile..", "javax..", "org.civility.persistence..", "org.civility.web.."
    };

    static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civility.core");
    }

    /** The rule, also used by {@link ArchitectureGuardSelfTest} to prove it bites. */
    static ArchRule noFrameworkInCore() {
        return noClasses().that().resideInAPackage("org.civility.core..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .because("civility-core is framework-free; adapters live in their own modules");
    }

    @Test
    void coreDependsOnNoFramework() {
        noFrameworkInCore().check(core);
    }

    @Test
    void coreImportsSomething() {
        org.assertj.core.api.Assertions.assertThat(core.size())
                .as("the guard must look at real classes").isGreaterThan(10);
    }
}
