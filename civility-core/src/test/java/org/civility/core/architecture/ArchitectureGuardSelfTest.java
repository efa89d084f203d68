package org.civility.core.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.civility.core.account.Pbkdf2PasswordHasher;
import org.civility.core.account.internal.VerifiedCredentialCache;
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

    @Test
    void guardAllowsTheJdksOwnCryptography() {
        var crypto = new ClassFileImporter().importClasses(Pbkdf2PasswordHasher.class, VerifiedCredentialCache.class);

        CoreIsFrameworkFreeTest.noFrameworkInCore().check(crypto);
    }
}
