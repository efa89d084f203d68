package org.civility.portal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * Ready when the database answers within {@value #TIMEOUT_SECONDS} seconds. The answer names the database product
 * only: never a host, a path or a driver's message (those go nowhere; the log has the pool's own warnings).
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/civility")
    DataSource dataSource;

    static final int TIMEOUT_SECONDS = 2;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            return HealthCheckResponse.named("database")
                    .status(c.isValid(TIMEOUT_SECONDS))
                    .withData("product", c.getMetaData().getDatabaseProductName())
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", "unreachable").build();
        }
    }
}
