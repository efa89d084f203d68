package org.civility.web.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.ErrorCode;
import org.civility.core.volunteer.ImportProgress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * One running or finished volunteer import: how many rows it has, how far it got, how many volunteers it registered
 * and which rows failed with which code. Thread-safe: one worker writes, any request reads.
 */
public final class VolunteerImportJob {

    /**
     * A row that was not imported.
     *
     * @param row  the row number the spreadsheet shows
     * @param code why, with the arguments its texts need
     */
    public record Failure(int row, ErrorCode code, Map<String, Object> args) {

        public Failure {
            requireNonNull(code, "code");
            args = Map.copyOf(args);
        }
    }

    private final UUID id;
    private final UnitId unit;
    private final String startedBy;
    private final int total;
    private final Instant startedAt;
    private final List<Failure> failures = new ArrayList<>();
    private int processed;
    private int imported;
    private Instant finishedAt;

    public VolunteerImportJob(UUID id, UnitId unit, String startedBy, int total, Instant startedAt) {
        this.id = requireNonNull(id, "id");
        this.unit = requireNonNull(unit, "unit");
        this.startedBy = requireNonNull(startedBy, "startedBy");
        this.total = total;
        this.startedAt = requireNonNull(startedAt, "startedAt");
    }

    /** A copy of an import another node runs or ran, as it stored it. */
    static VolunteerImportJob of(ImportProgress stored) {
        VolunteerImportJob job = new VolunteerImportJob(stored.id(), stored.unit(), stored.startedBy(), stored.total(),
                stored.startedAt());
        job.processed = stored.processed();
        job.imported = stored.imported();
        stored.failures().forEach(f -> job.failures.add(new Failure(f.row(), f.errorCode(), Map.copyOf(f.args()))));
        job.finishedAt = stored.finishedAt().orElse(null);
        return job;
    }

    /** What every node may read of this import (ADR 0041: a cluster's nodes share the database, not memory). */
    synchronized ImportProgress stored() {
        return new ImportProgress(id, unit, startedBy, total, processed, imported,
                failures.stream().map(f -> ImportProgress.RowFailure.of(f.row(), f.code(), f.args())).toList(),
                startedAt, Optional.ofNullable(finishedAt));
    }

    synchronized void imported() {
        processed++;
        imported++;
    }

    synchronized void failed(Failure failure) {
        processed++;
        failures.add(failure);
    }

    synchronized void finish(Instant at) {
        finishedAt = at;
    }

    public UUID id() {
        return id;
    }

    public UnitId unit() {
        return unit;
    }

    /** The name of the actor who started it. */
    public String startedBy() {
        return startedBy;
    }

    public int total() {
        return total;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** A consistent copy of the progress. */
    public synchronized Progress progress() {
        List<Failure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparingInt(Failure::row));
        return new Progress(total, processed, imported, List.copyOf(sorted), finishedAt);
    }

    synchronized boolean finishedBefore(Instant instant) {
        return finishedAt != null && finishedAt.isBefore(instant);
    }

    synchronized boolean running() {
        return finishedAt == null;
    }

    /**
     * The state of an import at one moment.
     *
     * @param finishedAt null while running
     */
    public record Progress(int total, int processed, int imported, List<Failure> failures, Instant finishedAt) {

        public boolean done() {
            return finishedAt != null;
        }
    }
}
