package org.civility.web.volunteer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.civility.core.volunteer.ImportProgress;
import org.civility.core.volunteer.ImportProgressRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The deployment's {@link ImportProgressRepository}, each write in a transaction of its own: the import's worker
 * thread has none, and a progress write must not wait for, nor roll back with, a row's registration.
 */
@ApplicationScoped
public class VolunteerImportProgress {

    @Inject
    ImportProgressRepository repository;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void store(ImportProgress progress) {
        repository.store(progress);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportProgress> find(UUID id) {
        return repository.find(id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetFinishedBefore(Instant cutoff) {
        return repository.forgetFinishedBefore(cutoff);
    }
}
