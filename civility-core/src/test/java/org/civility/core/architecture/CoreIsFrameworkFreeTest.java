package org.civility.core.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps {@code civility-core} free of frameworks: the one Jakarta API it may use is
 * {@code jakarta.validation} (constraint annotations on input records). Of the {@code javax} packages only the
 * JDK's own cryptography ({@code javax.crypto}: PBKDF2 and HMAC for passwords) is allowed: it is part of the
 * platform, not a framework.
 */
class CoreIsFrameworkFreeTest {

    static final String ALLOWED_JDK = "javax.crypto..";

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
                .should().dependOnClassesThat(resideInAnyPackage(FORBIDDEN).and(not(resideInAPackage(ALLOWED_JDK))))
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
