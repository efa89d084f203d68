package org.civility.core.contract;

import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.ImportProgress;
import org.civility.core.volunteer.ImportProgressRepository;
import org.civility.core.volunteer.VolunteerError;
import org.civility.core.shared.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link ImportProgressRepository} must do. The store is never assumed empty: ids are fresh. */
public abstract class ImportProgressRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00.123456Z");
    private static final UnitId STATION = new UnitId(UUID.randomUUID());

    protected abstract ImportProgressRepository repository();

    private static ImportProgress running(UUID id, int processed, int imported, List<ImportProgress.RowFailure> failures) {
        return new ImportProgress(id, STATION, "station-admin", 300, processed, imported, failures, T0, Optional.empty());
    }

    @Test
    void findsTheLastProgressStoredForAnImportWithItsFailuresInRowOrder() {
        UUID id = UUID.randomUUID();
        repository().store(running(id, 10, 10, List.of()));
        ImportProgress.RowFailure young = ImportProgress.RowFailure.of(17, VolunteerError.values()[0],
                Map.of("min", 14, "name", "王小明"));
        ImportProgress.RowFailure dash = ImportProgress.RowFailure.of(5, VolunteerError.values()[0], Map.of());
        ImportProgress finished = new ImportProgress(id, STATION, "station-admin", 300, 300, 298, List.of(young, dash),
                T0, Optional.of(T0.plus(3, ChronoUnit.MINUTES)));

        repository().store(finished);

        ImportProgress found = repository().find(id).orElseThrow();
        assertThat(found.processed()).isEqualTo(300);
        assertThat(found.imported()).isEqualTo(298);
        assertThat(found.done()).isTrue();
        assertThat(found.finishedAt()).contains(T0.plus(3, ChronoUnit.MINUTES));
        assertThat(found.startedAt()).isEqualTo(T0);
        assertThat(found.unit()).isEqualTo(STATION);
        assertThat(found.startedBy()).isEqualTo("station-admin");
        assertThat(found.failures()).extracting(ImportProgress.RowFailure::row).containsExactly(5, 17);
        assertThat(found.failures().get(1)).isEqualTo(young);
        assertThat(found.failures().get(1).args()).containsEntry("min", "14").containsEntry("name", "王小明");
        assertThat(Messages.title(found.failures().get(1).errorCode(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(Messages.title(VolunteerError.values()[0], Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void knowsNothingOfAnUnknownImport() {
        assertThat(repository().find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void forgetsOnlyImportsThatFinishedBeforeTheCutoff() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID stillRunning = UUID.randomUUID();
        repository().store(new ImportProgress(old, STATION, "a", 1, 1, 1, List.of(), T0, Optional.of(T0)));
        repository().store(new ImportProgress(recent, STATION, "a", 1, 1, 1, List.of(), T0,
                Optional.of(T0.plus(2, ChronoUnit.HOURS))));
        repository().store(running(stillRunning, 0, 0, List.of()));

        int forgotten = repository().forgetFinishedBefore(T0.plus(1, ChronoUnit.HOURS));

        assertThat(forgotten).isGreaterThanOrEqualTo(1);
        assertThat(repository().find(old)).isEmpty();
        assertThat(repository().find(recent)).isPresent();
        assertThat(repository().find(stillRunning)).isPresent();
    }
}
