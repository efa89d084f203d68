package org.civility.portal.setup;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civility.persistence.Migrations;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Runs once when the portal starts: migrates the schema (Flyway), then loads the demo data into an
 * empty database. Also defines the portal's data source (see
 * {@link org.civility.portal.PortalDataSource} for its settings).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/civility",
        className = "org.civility.portal.PortalDataSource",
        minPoolSize = 1,
        maxPoolSize = 16)
@ApplicationScoped
public class PortalSetup {

    private static final Logger LOG = Logger.getLogger(PortalSetup.class.getName());

    @Resource(lookup = "java:app/jdbc/civility")
    DataSource dataSource;

    @Inject
    DemoData demoData;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        var result = Migrations.migrate(dataSource);
        LOG.info(() -> "Civility schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied)");
        if (demoData.loadIfEmpty()) {
            LOG.info("Civility demo data loaded: see README for the demo accounts");
        }
    }
}
