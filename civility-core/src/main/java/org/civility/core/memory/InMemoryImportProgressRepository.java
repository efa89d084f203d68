package org.civility.core.memory;

import org.civility.core.volunteer.ImportProgress;
import org.civility.core.volunteer.ImportProgressRepository;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static java.util.Objects.requireNonNull;

/** {@link ImportProgressRepository} in this process's memory: for one node, tests and the embedded default. */
public final class InMemoryImportProgressRepository implements ImportProgressRepository {

    private final Map<UUID, ImportProgress> imports = new ConcurrentHashMap<>();

    @Override
    public void store(ImportProgress progress) {
        imports.put(requireNonNull(progress, "progress").id(), progress);
    }

    @Override
    public Optional<ImportProgress> find(UUID id) {
        return Optional.ofNullable(imports.get(requireNonNull(id, "id")));
    }

    @Override
    public int forgetFinishedBefore(Instant cutoff) {
        requireNonNull(cutoff, "cutoff");
        int before = imports.size();
        imports.values().removeIf(p -> p.finishedAt().filter(f -> f.isBefore(cutoff)).isPresent());
        return before - imports.size();
    }
}
