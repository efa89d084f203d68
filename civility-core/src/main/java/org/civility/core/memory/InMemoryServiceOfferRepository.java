package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.civility.core.order.Assignee;
import org.civility.core.organisation.UnitId;
import org.civility.core.resource.OfferError;
import org.civility.core.resource.ServiceOffer;
import org.civility.core.resource.ServiceOfferId;
import org.civility.core.resource.ServiceOfferRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

/** The resource list in memory, as snapshots. Thread-safe. */
public final class InMemoryServiceOfferRepository implements ServiceOfferRepository {

    private static final Comparator<ServiceOffer> BY_ID = Comparator.comparing(o -> o.id().toString());

    private final Map<ServiceOfferId, ServiceOffer> offers = new HashMap<>();
    private long revision;

    @Override
    public synchronized Optional<ServiceOffer> find(ServiceOfferId id) {
        return Optional.ofNullable(offers.get(id)).map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized Optional<ServiceOffer> byOwner(Assignee owner) {
        return offers.values().stream().filter(o -> o.owner().equals(owner)).findFirst()
                .map(o -> copy(o, o.version()));
    }

    @Override
    public synchronized ServiceOffer store(ServiceOffer offer) {
        ServiceOffer current = offers.get(offer.id());
        long actual = current == null ? 0 : current.version();
        if (offer.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "serviceOffer", "id", offer.id(),
                    "expected", offer.version(), "actual", actual);
        }
        if (current == null) {
            offers.values().stream().filter(o -> o.owner().equals(offer.owner())).findFirst().ifPresent(o -> {
                throw CivilityException.of(OfferError.ALREADY_OFFERED, "owner", offer.owner().id(), "offer", o.id());
            });
        }
        ServiceOffer stored = copy(offer, actual + 1);
        offers.put(stored.id(), stored);
        revision++;
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<ServiceOffer> byUnit(UnitId unit, boolean activeOnly, PageRequest page) {
        return Page.of(offers.values().stream().filter(o -> o.area().unit().equals(unit) && (o.active() || !activeOnly))
                .sorted(BY_ID).map(o -> copy(o, o.version())).toList(), page);
    }

    @Override
    public synchronized List<ServiceOffer> allActive() {
        return offers.values().stream().filter(ServiceOffer::active).sorted(BY_ID).map(o -> copy(o, o.version()))
                .toList();
    }

    @Override
    public synchronized long revision() {
        return revision;
    }

    private static ServiceOffer copy(ServiceOffer o, long version) {
        return ServiceOffer.restore(o.id(), o.owner(), o.skills(), o.area(), o.availability(), o.note(), o.active(),
                version);
    }
}
