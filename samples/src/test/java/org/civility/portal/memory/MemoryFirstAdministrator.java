package org.civility.portal.memory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civility.core.account.AccountService;

/** The in-memory installation's first administrator (R-ACC-3), created through core when the application starts. */
@ApplicationScoped
public class MemoryFirstAdministrator {

    static final String USERNAME = "memory-admin";
    static final String PASSWORD = "kept-in-memory-2026";

    @Inject
    AccountService accounts;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        accounts.installAdministrator(USERNAME, "内存管理员", PASSWORD);
    }
}
