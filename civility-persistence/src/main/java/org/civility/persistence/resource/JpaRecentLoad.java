package org.civility.persistence.resource;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.civility.core.resource.RecentLoad;

import static java.util.Objects.requireNonNull;

/** {@link RecentLoad} from the orders' ACCEPT steps (civ_service_order_step); runs in the caller's transaction. */
public class JpaRecentLoad implements RecentLoad {

    private final EntityManager em;

    public JpaRecentLoad(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Map<UUID, Integer> acceptedSince(Instant since) {
        requireNonNull(since, "since");
        List<Object[]> rows = em.createQuery("select o.acceptedBy, count(o) from ServiceOrderEntity o join o.history s"
                        + " where o.acceptedBy is not null and s.action = 'ACCEPT' and s.at >= :since"
                        + " group by o.acceptedBy", Object[].class)
                .setParameter("since", since)
                .getResultList();
        Map<UUID, Integer> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(UUID.fromString((String) row[0]), ((Number) row[1]).intValue());
        }
        return out;
    }
}
