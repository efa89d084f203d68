package org.civility.notices.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps civility-notices an adapter beside civility-web and civility-persistence: it implements core's notifier
 * port and knows nothing of HTTP resources, of storage or of the sample portal that wires it.
 */
class NoticesStandBesideTheOtherAdaptersTest {

    static final String[] FORBIDDEN = {
            "org.civility.web..", "org.civility.persistence..", "org.civility.portal..", "jakarta.ws.rs..",
            "jakarta.servlet..", "jakarta.persistence..", "org.eclipse.persistence.."
    };

    static JavaClasses notices;

    @BeforeAll
    static void importNotices() {
        notices = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civility.notices");
    }

    /** The rule, also used by {@link NoticesGuardSelfTest} to prove it bites. */
    static ArchRule noOtherAdapterInNotices() {
        return noClasses().that().resideInAPackage("org.civility.notices..")
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .because("civility-notices depends on civility-core only; the deployment puts it beside the other "
                        + "adapters (ADR 0031)");
    }

    @Test
    void noticesDependOnNoOtherAdapter() {
        noOtherAdapterInNotices().check(notices);
    }

    @Test
    void noticesImportSomething() {
        assertThat(notices.size()).as("the guard must look at real classes").isGreaterThan(15);
    }
}
