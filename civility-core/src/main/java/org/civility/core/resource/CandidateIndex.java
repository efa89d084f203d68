package org.civility.core.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.civility.core.matching.IndexedMatcher;
import org.civility.core.order.AssigneeKind;

import static java.util.Objects.requireNonNull;

/**
 * The active offers as an {@link IndexedMatcher}, shared by every {@link CandidateFinder} of a deployment. The
 * snapshot is read at a {@linkplain ServiceOfferRepository#revision() revision} of the resource list and used while
 * the repository still answers that revision; the first call after a change rebuilds it (linear in the number of
 * active offers), so the index never ranks a resource list other than the one the caller's transaction reads.
 *
 * <p>What changes without an offer changing is left out of the snapshot and applied per query: the handling unit's
 * subtree, a team's unit and members, and recent load (every offer is indexed with load 0). Thread-safe: one
 * rebuild at a time, readers of the current snapshot do not wait.
 */
public final class CandidateIndex {

    private volatile Snapshot current;

    /** The snapshot of the resource list {@code offers} holds now, rebuilt if it changed since the last one. */
    Snapshot current(ServiceOfferRepository offers) {
        requireNonNull(offers, "offers");
        long revision = offers.revision();
        Snapshot snapshot = current;
        if (snapshot != null && snapshot.revision() == revision) {
            return snapshot;
        }
        synchronized (this) {
            snapshot = current;
            if (snapshot == null || snapshot.revision() != revision) {
                snapshot = Snapshot.of(revision, offers.allActive());
                current = snapshot;
            }
            return snapshot;
        }
    }

    /** How many offers the current snapshot holds (0 before the first use). */
    public int size() {
        Snapshot snapshot = current;
        return snapshot == null ? 0 : snapshot.matcher().size();
    }

    /** The active offers read at one revision: the matcher (loads 0), the offers by id, team offers by team id. */
    record Snapshot(long revision, IndexedMatcher matcher, Map<UUID, ServiceOffer> byId, Map<UUID, UUID> ofTeam) {

        static Snapshot of(long revision, List<ServiceOffer> active) {
            Map<UUID, ServiceOffer> byId = HashMap.newHashMap(active.size());
            Map<UUID, UUID> ofTeam = new HashMap<>();
            for (ServiceOffer o : active) {
                byId.put(o.id().value(), o);
                if (o.owner().kind() == AssigneeKind.TEAM) {
                    ofTeam.put(o.owner().id(), o.id().value());
                }
            }
            return new Snapshot(revision, IndexedMatcher.of(active.stream().map(o -> o.asCandidate(0)).toList()),
                    byId, ofTeam);
        }
    }
}
