package org.civility.portal.setup;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civility.core.shared.CivilityException;
import org.civility.persistence.Migrations;
import org.civility.portal.Settings;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Runs once when the portal starts: migrates the schema (Flyway), then makes the first start safe (R-ACC-3).
 * <ul>
 *   <li>With {@code CIVILITY_DEMO=true} (only {@code scripts/portal} and the tests set it) the demo set goes into a
 *   database without units; never otherwise.</li>
 *   <li>A database without accounts gets exactly one administrator: the one named by
 *   {@code CIVILITY_ADMIN_USERNAME} and {@code CIVILITY_ADMIN_PASSWORD} (and {@code CIVILITY_ADMIN_NAME}), or, without
 *   those, whoever opens the one-time setup link logged here (valid for an hour; a restart logs a new one).</li>
 * </ul>
 * Also defines the portal's data source (see {@link org.civility.portal.PortalDataSource} for its settings).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/civility",
        className = "org.civility.portal.PortalDataSource",
        minPoolSize = 1,
        maxPoolSize = PortalSetup.MAX_POOL_SIZE,
        // Payara's pool settings (ADR 0027): a connection is validated (JDBC 4 isValid) before it is handed out, and
        // once one fails, every pooled connection is dropped, so a database restart or fail-over costs the requests
        // of that moment, not the portal. A request waits at most 5 s for a connection, then answers 503.
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000",
                "fish.payara.connection-creation-retry-attempts=0"
        })
@ApplicationScoped
public class PortalSetup {

    /** The database connection pool's size. */
    public static final int MAX_POOL_SIZE = 16;

    private static final Logger LOG = Logger.getLogger(PortalSetup.class.getName());

    @Resource(lookup = "java:app/jdbc/civility")
    DataSource dataSource;

    @Inject
    DemoData demoData;

    @Inject
    FirstAdministrator administrator;

    @Inject
    SetupToken setupToken;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var result = Migrations.migrate(dataSource);
        LOG.info(() -> "Civility schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied)");
        if (Settings.flag("civility.demo")) {
            LOG.info(demoData.loadIfEmpty() ? "Civility demo data loaded: see README for the demo accounts"
                    : "Civility demo data not loaded: the database holds units already");
        }
        if (administrator.needed()) {
            firstAdministrator();
        }
    }

    private void firstAdministrator() {
        var username = Settings.get("civility.admin.username");
        var password = Settings.get("civility.admin.password");
        if (username.isPresent() && password.isPresent()) {
            try {
                administrator.create(Settings.get("civility.admin.name", username.get()), username.get(), password.get());
                LOG.info(() -> "Civility's first administrator " + username.get() + " created from the environment");
                return;
            } catch (CivilityException e) {
                LOG.warning(() -> "CIVILITY_ADMIN_USERNAME / CIVILITY_ADMIN_PASSWORD refused (" + e.code()
                        + "): use the setup link instead");
            }
        }
        String token = setupToken.issue();
        LOG.warning(() -> "Civility has no administrator yet. Within one hour, open the portal's address followed by "
                + "/#/setup?token=" + token + " to create the first one (or set CIVILITY_ADMIN_USERNAME and "
                + "CIVILITY_ADMIN_PASSWORD and restart).");
    }
}
