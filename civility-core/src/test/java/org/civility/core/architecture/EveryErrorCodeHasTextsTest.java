package org.civility.core.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.civility.core.governance.GovernanceError;
import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.SharedError;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.BundleAssertions.assertEveryCodeHasTitleAndDetail;

/**
 * Every enum implementing {@link ErrorCode} anywhere in {@code civility-core}, including those of
 * features yet to come, has a title and a detail in Chinese and English.
 */
class EveryErrorCodeHasTextsTest {

    @Test
    void everyErrorCodeEnumHasATitleAndDetailInBothLanguages() {
        List<Class<?>> enums = errorCodeEnums();

        // The scan must see the codes it guards, or it would pass on nothing.
        assertThat(enums).contains(SharedError.class, GovernanceError.class);
        for (Class<?> type : enums) {
            assertEveryCodeHasTitleAndDetail((ErrorCode[]) type.getEnumConstants());
        }
    }

    private static List<Class<?>> errorCodeEnums() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.civility.core")
                .stream()
                .filter(c -> c.isAssignableTo(ErrorCode.class))
                .map(JavaClass::reflect)
                .filter(Class::isEnum)
                .sorted(Comparator.comparing(Class::getName))
                .<Class<?>>map(c -> c)
                .toList();
    }
}
