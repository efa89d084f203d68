package org.civility.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Payara's OpenAPI reader takes a method annotated with {@code @Schema} whose name contains "set" for a setter and
 * reads its first argument: an accessor such as {@code setting()} or {@code offset()} (a record component's
 * annotation lands on it) then fails the whole {@code /openapi} document with an ArrayIndexOutOfBoundsException.
 * Put such a description on the record's own {@code @Schema} instead.
 */
class OpenApiReadableTest {

    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.civility.web");

    @Test
    void noSchemaOnAnArgumentlessMethodNamedLikeASetter() {
        methods().that().areAnnotatedWith(Schema.class)
                .should(new ArchCondition<JavaMethod>("take arguments if their name contains \"set\"") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean looksLikeASetter = method.getName().toLowerCase(Locale.ROOT).contains("set");
                        events.add(new SimpleConditionEvent(method,
                                !looksLikeASetter || !method.getRawParameterTypes().isEmpty(),
                                method.getFullName() + " has @Schema and a name Payara reads as a setter's"));
                    }
                })
                .allowEmptyShould(true)
                .check(WEB);
    }
}
