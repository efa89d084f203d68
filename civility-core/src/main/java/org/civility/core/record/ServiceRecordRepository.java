package org.civility.core.record;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.VolunteerId;

/** Append-only store of service records. Nothing is ever updated or deleted. */
public interface ServiceRecordRepository {

    /**
     * Appends {@code entry} to its unit's chain. Throws STALE-VERSION (what "service-record-chain", id = unit,
     * expected = the entry's sequence, actual = the chain's next sequence) when another entry took that sequence.
     */
    ServiceRecord append(ServiceRecord entry);

    Optional<ServiceRecord> find(ServiceRecordId id);

    /** A volunteer's entries, newest start first, then by id. */
    Page<ServiceRecord> byVolunteer(VolunteerId volunteer, PageRequest page);

    /** The whole chain of a recording unit, ordered by sequence. */
    List<ServiceRecord> chain(UnitId unit);

    /**
     * At most {@code limit} entries of the recording unit's chain with a sequence above {@code afterSequence}, ordered
     * by sequence: one page of a walk through a chain (start after 0, then after the last sequence read) that holds
     * only the page, however long the chain ({@link HashChainVerifier#verify(ServiceRecordRepository, UnitId,
     * java.util.Optional, ChainSeal)}).
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<ServiceRecord> chainAfter(UnitId unit, long afterSequence, int limit);

    /**
     * At most {@code limit} effective entries (not corrected by another entry) of any of {@code units} (each exactly)
     * whose start lies in {@code [from, to)}, ordered by start, then recording unit (as text), then sequence: what an
     * export of a period reads, without walking the units' whole chains.
     *
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<ServiceRecord> effectiveStartingBetween(Collection<UnitId> units, Instant from, Instant to, int limit);

    /**
     * The service each of {@code units} (each exactly) recorded in {@code [from, to)}: its effective entries (not
     * corrected by another entry) with minutes, starting in the period, summed per recording unit; units without any
     * are left out. In no particular order.
     *
     * @return never null; empty for no units
     */
    List<UnitService> serviceByUnit(Collection<UnitId> units, Instant from, Instant to);

    /**
     * What {@link #serviceByUnit} sums for each of {@code units}, summed over them all in one read, with how many
     * different volunteers served (each counted once, however many of the units they served with).
     *
     * @return never null; {@link ServiceTotal#NONE} for no units
     */
    ServiceTotal serviceTotal(Collection<UnitId> units, Instant from, Instant to);

    /** Every unit with at least one entry, in no particular order. */
    List<UnitId> chainedUnits();

    /** The last entry of a unit's chain (its hash is the next entry's previous hash). */
    Optional<ServiceRecord> lastOf(UnitId unit);

    /**
     * Effective entries (not corrected by another entry) of any of these activities, ordered by start then id: an
     * order's service record is the effective entry whose activity is the order's id. One read for a page of orders,
     * through the link each entry keeps to its activity.
     */
    List<ServiceRecord> effectiveOfActivities(Collection<UUID> activities);

    /** The entry that corrects {@code id}, if any. */
    Optional<ServiceRecord> correctionOf(ServiceRecordId id);

    /**
     * Effective entries (not corrected by another entry) of a volunteer whose time overlaps [from, to)
     * ({@link ServiceRecord#overlaps}), ordered by start then id.
     */
    List<ServiceRecord> overlapping(VolunteerId volunteer, Instant from, Instant to);

    /** Effective open sessions whose scheduled end is before {@code instant}, ordered by scheduled end then id. */
    List<ServiceRecord> openEndedBefore(Instant instant);

    /**
     * Effective entries (not corrected by another entry) of {@code volunteer} in the chain of the recording
     * {@code unit}, open sessions included, ordered by start then id: what the unit can certify (谁记录谁证明).
     */
    List<ServiceRecord> effectiveOf(UnitId unit, VolunteerId volunteer);
}
