package org.civility.persistence.volunteer;

import org.civility.persistence.IntegrityViolations;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerError;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;
import org.civility.persistence.internal.Pages;
import org.civility.persistence.internal.StoredVersions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * {@link VolunteerRepository} over JPA; runs in the caller's transaction.
 *
 * <p>One resident ID number registers once: {@link #store} looks for another volunteer holding the
 * number first and refuses with {@code VOLUNTEER-ALREADY-REGISTERED}; the unique index
 * {@code uq_civ_volunteer_resident_id} is the backstop for two registrations racing past that
 * look-up, and its violation is reported with the same code. Error arguments carry the masked
 * number only, and a violation is rethrown without its cause, whose driver message may quote the
 * full number.
 */
public class JpaVolunteerRepository implements VolunteerRepository {

    /** Name of the unique index on {@code civ_volunteer.resident_id} (see V4__volunteer_team.sql). */
    static final String RESIDENT_ID_INDEX = "uq_civ_volunteer_resident_id";
    /** The most values one {@code IN} list carries. */
    static final int IN_LIST = 500;

    private final EntityManager em;

    public JpaVolunteerRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<Volunteer> find(VolunteerId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(VolunteerEntity.class, id.toString())).map(VolunteerMapper::toDomain);
    }

    @Override
    public Volunteer store(Volunteer volunteer) {
        requireNonNull(volunteer, "volunteer");
        String id = volunteer.id().toString();
        VolunteerEntity e = em.find(VolunteerEntity.class, id);
        if (e == null) {
            StoredVersions.checkNew("volunteer", volunteer.id(), volunteer.version());
            refuseIfTaken(volunteer);
            e = new VolunteerEntity(id);
            VolunteerMapper.copy(volunteer, e);
            em.persist(e);
        } else {
            StoredVersions.check("volunteer", volunteer.id(), volunteer.version(), e.version);
            if (!e.residentId.equals(volunteer.residentId().value())) {
                refuseIfTaken(volunteer);
            }
            VolunteerMapper.copy(volunteer, e);
            // Every store is a new version, even when nothing changed: a holder of the old one is stale.
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        flush(volunteer);
        return VolunteerMapper.toDomain(e);
    }

    /**
     * New volunteers (version 0) are written together: one look-up for ids already stored (refused as stale), one
     * for ID numbers held already (refused as {@code VOLUNTEER-ALREADY-REGISTERED}), {@value #IN_LIST} values a
     * query, then one flush. Anything else is stored one by one, as {@link #store} does.
     */
    @Override
    public List<Volunteer> storeAll(List<Volunteer> volunteers) {
        List<Volunteer> all = List.copyOf(volunteers);
        if (all.isEmpty()) {
            return all;
        }
        if (all.stream().anyMatch(v -> v.version() != 0)) {
            return all.stream().map(this::store).toList();
        }
        List<String> ids = all.stream().map(v -> v.id().toString()).toList();
        Set<String> existing = new HashSet<>();
        for (List<String> part : parts(ids)) {
            existing.addAll(em.createQuery("select v.id from VolunteerEntity v where v.id in :ids", String.class)
                    .setParameter("ids", part).getResultList());
        }
        if (!existing.isEmpty()) {
            // An id stored already: the single store refuses it as stale, with the stored version.
            return all.stream().map(this::store).toList();
        }
        Set<ResidentIdNumber> taken = registeredOf(all.stream().map(Volunteer::residentId).toList());
        Set<ResidentIdNumber> seen = new HashSet<>();
        List<VolunteerEntity> entities = new ArrayList<>(all.size());
        for (Volunteer volunteer : all) {
            if (taken.contains(volunteer.residentId()) || !seen.add(volunteer.residentId())) {
                throw alreadyRegistered(volunteer);
            }
            VolunteerEntity e = new VolunteerEntity(volunteer.id().toString());
            VolunteerMapper.copy(volunteer, e);
            em.persist(e);
            entities.add(e);
        }
        flush(all.getFirst());
        return entities.stream().map(VolunteerMapper::toDomain).toList();
    }

    @Override
    public Set<ResidentIdNumber> registeredOf(Collection<ResidentIdNumber> residentIds) {
        List<String> numbers = residentIds.stream().map(ResidentIdNumber::value).distinct().toList();
        Set<ResidentIdNumber> registered = new HashSet<>();
        for (List<String> part : parts(numbers)) {
            em.createQuery("select v.residentId from VolunteerEntity v where v.residentId in :numbers", String.class)
                    .setParameter("numbers", part)
                    .getResultList()
                    .forEach(n -> registered.add(ResidentIdNumber.of(n)));
        }
        return registered;
    }

    private static <T> List<List<T>> parts(List<T> values) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i += IN_LIST) {
            parts.add(values.subList(i, Math.min(values.size(), i + IN_LIST)));
        }
        return parts;
    }

    @Override
    public Optional<Volunteer> findByResidentId(ResidentIdNumber residentId) {
        requireNonNull(residentId, "residentId");
        return em.createQuery("select v from VolunteerEntity v where v.residentId = :residentId", VolunteerEntity.class)
                .setParameter("residentId", residentId.value())
                .getResultStream()
                .findFirst()
                .map(VolunteerMapper::toDomain);
    }

    @Override
    public Page<Volunteer> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        requireNonNull(page, "page");
        return Pages.of(em.createQuery(
                        "select v from VolunteerEntity v where v.homeUnitId = :unit order by v.realName, v.id",
                        VolunteerEntity.class)
                .setParameter("unit", unit.toString()), page, VolunteerMapper::toDomain);
    }

    private void refuseIfTaken(Volunteer volunteer) {
        List<String> holders = em.createQuery(
                        "select v.id from VolunteerEntity v where v.residentId = :residentId and v.id <> :id", String.class)
                .setParameter("residentId", volunteer.residentId().value())
                .setParameter("id", volunteer.id().toString())
                .setMaxResults(1)
                .getResultList();
        if (!holders.isEmpty()) {
            throw alreadyRegistered(volunteer);
        }
    }

    private void flush(Volunteer volunteer) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (violatesResidentIdIndex(e)) {
                throw alreadyRegistered(volunteer);
            }
            throw StoredVersions.staleIfConcurrent(e, "volunteer", volunteer.id(), volunteer.version());
        }
    }

    private static CivilityException alreadyRegistered(Volunteer volunteer) {
        return CivilityException.of(VolunteerError.ALREADY_REGISTERED, "idNumber", volunteer.residentId().masked());
    }

    /** SQLSTATE class 23 (integrity constraint) naming our index: H2, PostgreSQL and MariaDB all name it. */
    static boolean violatesResidentIdIndex(Throwable failure) {
        return IntegrityViolations.names(failure, RESIDENT_ID_INDEX);
    }
}
