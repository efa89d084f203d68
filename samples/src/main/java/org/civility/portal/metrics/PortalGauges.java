package org.civility.portal.metrics;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civility.core.record.ChainWatch;
import org.civility.persistence.ConnectionUse;
import org.civility.portal.setup.PortalSetup;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gauges of what an operator watches besides requests: the database pool's use as the persistence unit sees it,
 * {@value #CONNECTIONS_IN_USE} (connections held now, {@link ConnectionUse}) against {@value #CONNECTIONS_MAX} (the
 * pool's size), and the notice outbox's backlog, {@value #BACKLOG} (deliveries not yet sent, due or waiting for a
 * retry) and {@value #NEEDING_ATTENTION} (given up on after their retries, waiting for staff), counted in the
 * database when {@code /metrics} is read (-1 while the database cannot be reached), and {@value #BROKEN_CHAINS}
 * (service record chains the last scheduled verification found broken).
 */
@ApplicationScoped
public class PortalGauges {

    static final String CONNECTIONS_IN_USE = "civility.db.connections.in.use";
    static final String CONNECTIONS_MAX = "civility.db.connections.max";
    static final String BACKLOG = "civility.notices.backlog";
    static final String NEEDING_ATTENTION = "civility.notices.needing.attention";
    static final String BROKEN_CHAINS = "civility.records.chains.broken";

    @Inject
    ChainWatch chains;

    @Inject
    MetricRegistry registry;

    @Resource(lookup = "java:app/jdbc/civility")
    DataSource database;

    void register(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        registry.gauge(Metadata.builder().withName(CONNECTIONS_IN_USE)
                .withDescription("Database connections the persistence unit holds now").build(), ConnectionUse::inUse);
        registry.gauge(Metadata.builder().withName(CONNECTIONS_MAX)
                .withDescription("The size of the database connection pool").build(), () -> PortalSetup.MAX_POOL_SIZE);
        registry.gauge(Metadata.builder().withName(BACKLOG)
                .withDescription("Notice deliveries not yet sent (pending or retrying)").build(),
                () -> count("'PENDING', 'RETRYING'"));
        registry.gauge(Metadata.builder().withName(NEEDING_ATTENTION)
                .withDescription("Notice deliveries given up on after their retries, waiting for staff").build(),
                () -> count("'NEEDS_ATTENTION'"));
        registry.gauge(Metadata.builder().withName(BROKEN_CHAINS)
                .withDescription("Service record chains the last scheduled verification found broken (R-REC-1)")
                .build(), () -> chains.broken().size());
    }

    private long count(String statuses) {
        try (Connection c = database.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM civ_notice_delivery WHERE status IN (" + statuses + ")");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
