package org.civility.notices.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.civility.notices.RoutingNotifier;
import org.civility.notices.architecture.leaky.LeakyNotifier;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proves the notices guard fails when a notifier imports another adapter, and passes the real routing notifier. */
class NoticesGuardSelfTest {

    @Test
    void guardRejectsANotifierThatImportsTheOtherAdapters() {
        var leaky = new ClassFileImporter().importClasses(LeakyNotifier.class);

        assertThatThrownBy(() -> NoticesStandBesideTheOtherAdaptersTest.noOtherAdapterInNotices().check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.civility.web.elsewhere.ProblemCodes")
                .hasMessageContaining("org.civility.persistence.elsewhere.StorageInternals");
    }

    @Test
    void guardPassesTheRoutingNotifier() {
        var routing = new ClassFileImporter().importClasses(RoutingNotifier.class);

        NoticesStandBesideTheOtherAdaptersTest.noOtherAdapterInNotices().check(routing);
    }
}
