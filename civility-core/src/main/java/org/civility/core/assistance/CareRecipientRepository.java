package org.civility.core.assistance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;

import java.util.Optional;

/** Where care recipients are kept. Implemented by the persistence adapter and {@code InMemoryCareRecipientRepository}. */
public interface CareRecipientRepository {

    Optional<CareRecipient> find(CareRecipientId id);

    /**
     * Inserts or updates; returns the recipient as stored, with its new version.
     *
     * @throws CivilityException {@code STALE-VERSION} if {@code recipient.version()} differs from the stored one
     */
    CareRecipient store(CareRecipient recipient);

    /**
     * The recipients registered at exactly {@code unit}, ordered by registration time, then id (as text);
     * never by name, so the order reveals nothing of the details.
     */
    Page<CareRecipient> byUnit(UnitId unit, PageRequest page);
}
