package org.civility.persistence.volunteer;

import jakarta.persistence.EntityManager;
import org.civility.core.volunteer.ImportProgress;
import org.civility.core.volunteer.ImportProgressRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * {@link ImportProgressRepository} over JPA ({@code civ_volunteer_import}); runs in the caller's transaction. The row
 * is written by whichever node runs the import and read by any: the unit keeps no shared cache
 * ({@code shared-cache-mode NONE}), so every read sees the last write.
 */
public class JpaImportProgressRepository implements ImportProgressRepository {

    private final EntityManager em;

    public JpaImportProgressRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public void store(ImportProgress progress) {
        requireNonNull(progress, "progress");
        ImportProgressEntity e = em.find(ImportProgressEntity.class, progress.id().toString());
        boolean fresh = e == null;
        if (fresh) {
            e = new ImportProgressEntity();
        }
        ImportProgressMapper.write(progress, e);
        if (fresh) {
            em.persist(e);
        }
        em.flush();
    }

    @Override
    public Optional<ImportProgress> find(UUID id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(ImportProgressEntity.class, id.toString()))
                .map(ImportProgressMapper::read);
    }

    @Override
    public int forgetFinishedBefore(Instant cutoff) {
        requireNonNull(cutoff, "cutoff");
        // Entity by entity, not a bulk delete, so the persistence context never holds a row that is gone.
        List<ImportProgressEntity> old = em.createQuery("select i from ImportProgressEntity i "
                        + "where i.finishedAt is not null and i.finishedAt < :cutoff", ImportProgressEntity.class)
                .setParameter("cutoff", cutoff).getResultList();
        old.forEach(em::remove);
        em.flush();
        return old.size();
    }
}
