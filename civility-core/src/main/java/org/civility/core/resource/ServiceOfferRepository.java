package org.civility.core.resource;

import java.util.List;
import java.util.Optional;

import org.civility.core.order.Assignee;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

/** Where the resource list is kept. */
public interface ServiceOfferRepository {

    Optional<ServiceOffer> find(ServiceOfferId id);

    /** The offer of a volunteer or team, if any (there is at most one). */
    Optional<ServiceOffer> byOwner(Assignee owner);

    /**
     * Inserts or updates; returns the offer as stored, with its new version.
     *
     * @throws CivilityException STALE-VERSION if the version differs from the stored one; OFFER-EXISTS when
     *                           inserting a second offer of the same owner
     */
    ServiceOffer store(ServiceOffer offer);

    /** The offers whose area is exactly {@code unit} (active ones only when asked), ordered by id (as text). */
    Page<ServiceOffer> byUnit(UnitId unit, boolean activeOnly, PageRequest page);

    /** Every active offer, ordered by id (as text): the snapshot matching ranks. */
    List<ServiceOffer> allActive();

    /**
     * A number that grows with every {@link #store}: a snapshot of {@link #allActive()} read after this answered
     * {@code r} is current for as long as it still answers {@code r}. One cheap read, so that an index of the
     * resource list can check it is fresh before each use.
     */
    long revision();
}
