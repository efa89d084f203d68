package org.civility.web.volunteer;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civility.core.access.Actor;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.ImportProgressRepository;
import org.civility.core.volunteer.RegisterVolunteer;
import org.civility.core.volunteer.Registration;
import org.civility.core.volunteer.VolunteerService;
import org.civility.web.problem.WebError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs volunteer imports in the background on the container's managed executor and keeps them in memory for a
 * bounded time: a finished import is forgotten {@value #KEEP_MINUTES} minutes after it ends, at most
 * {@value #MAX_KEPT} are kept and at most {@value #MAX_RUNNING} run at once. The rows are registered through core's
 * {@link VolunteerService}, as the actor who uploaded the file, {@value #SLICE} rows a transaction: the rows core
 * refuses are reported and left out, the others of the slice are stored together. Should a slice's transaction fail
 * (a number registered meanwhile by someone else, say), its rows are registered again one by one, each in a
 * transaction of its own, so a row that fails leaves nothing behind and every other row is stored. The node running
 * an import also stores its progress through core's {@link ImportProgressRepository} ({@link VolunteerImportProgress})
 * after every slice and when it ends, so any node of a cluster (or this one after a restart) answers how far it got;
 * the cap on running imports is per node.
 */
@ApplicationScoped
public class VolunteerImports {

    static final int KEEP_MINUTES = 60;
    static final int MAX_KEPT = 100;
    static final int MAX_RUNNING = 4;
    /**
     * Rows registered in one transaction; the progress is stored after each. 100, not more: a thousand-row file's
     * progress bar still moves ten times, at a hundredth of the transactions of one a row.
     */
    static final int SLICE = 100;
    private static final Logger LOG = Logger.getLogger(VolunteerImports.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    VolunteerImportRegistrar registrar;

    @Inject
    VolunteerImportProgress progress;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    private final Map<UUID, VolunteerImportJob> jobs = new ConcurrentHashMap<>();
    /** Uploads being read and parsed: counted with the running imports against {@link #MAX_RUNNING}. */
    private final java.util.concurrent.atomic.AtomicInteger parsing = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Reads an upload under the cap: when {@value #MAX_RUNNING} imports are running or being parsed, the file is
     * refused before a byte of it is read or parsed.
     *
     * @throws CivilityException {@code IMPORT-BUSY}
     */
    public List<VolunteerWorkbook.Row> parse(java.util.function.Supplier<List<VolunteerWorkbook.Row>> read) {
        synchronized (this) {
            forgetOld();
            if (jobs.values().stream().filter(VolunteerImportJob::running).count() + parsing.get() >= MAX_RUNNING) {
                throw CivilityException.of(ImportError.BUSY, "max", MAX_RUNNING);
            }
            parsing.incrementAndGet();
        }
        try {
            return read.get();
        } finally {
            parsing.decrementAndGet();
        }
    }

    /**
     * Starts importing {@code rows} at {@code unit} as {@code actor}; answers at once.
     *
     * @throws CivilityException {@code IMPORT-BUSY} when {@value #MAX_RUNNING} imports are running
     */
    public synchronized VolunteerImportJob start(Actor actor, UnitId unit, List<VolunteerWorkbook.Row> rows) {
        forgetOld();
        if (jobs.values().stream().filter(VolunteerImportJob::running).count() >= MAX_RUNNING) {
            throw CivilityException.of(ImportError.BUSY, "max", MAX_RUNNING);
        }
        VolunteerImportJob job = new VolunteerImportJob(UUID.randomUUID(), unit, actor.name(), rows.size(),
                clock.instant());
        jobs.put(job.id(), job);
        store(job);
        executor.execute(() -> run(job, actor, rows));
        return job;
    }

    /**
     * The import with this id, unless unknown or forgotten: this node's own as it runs, or as the node running it
     * last stored it.
     */
    public Optional<VolunteerImportJob> find(UUID id) {
        VolunteerImportJob here = jobs.get(id);
        if (here != null) {
            return Optional.of(here);
        }
        return progress.find(id).map(VolunteerImportJob::of);
    }

    private void run(VolunteerImportJob job, Actor actor, List<VolunteerWorkbook.Row> rows) {
        try {
            for (int from = 0; from < rows.size(); from += SLICE) {
                importRows(job, rows.subList(from, Math.min(rows.size(), from + SLICE)), zone,
                        commands -> registrar.registerAll(actor, commands), command -> registrar.register(actor, command));
                store(job);
            }
        } finally {
            job.finish(clock.instant());
            store(job);
        }
    }

    /** Stores the job's progress for the other nodes; a failure to store never stops the import. */
    private void store(VolunteerImportJob job) {
        try {
            progress.store(job.stored());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "volunteer import " + job.id() + ": its progress could not be stored ("
                    + e.getClass().getName() + "); other nodes see an older state", e);
        }
    }

    /**
     * Registers the rows {@value #SLICE} at a time through {@code registerAll} (one transaction each), counting
     * each row as imported or as failed with its row number and code: a coded rejection keeps its code and
     * arguments, anything else is INTERNAL with a logged reference. A slice whose {@code registerAll} throws is
     * taken as rolled back and its rows are registered one by one through {@code register}.
     */
    public static void importRows(VolunteerImportJob job, List<VolunteerWorkbook.Row> rows, ZoneId zone,
                                  Function<List<RegisterVolunteer>, List<Registration>> registerAll,
                                  Consumer<RegisterVolunteer> register) {
        for (int first = 0; first < rows.size(); first += SLICE) {
            List<VolunteerWorkbook.Row> slice = rows.subList(first, Math.min(rows.size(), first + SLICE));
            List<VolunteerWorkbook.Row> commanded = new ArrayList<>(slice.size());
            List<RegisterVolunteer> commands = new ArrayList<>(slice.size());
            for (VolunteerWorkbook.Row row : slice) {
                attempt(job, row, () -> {
                    commands.add(row.toCommand(job.unit(), zone));
                    commanded.add(row);
                }, false);
            }
            if (commands.isEmpty()) {
                continue;
            }
            List<Registration> outcomes;
            try {
                outcomes = registerAll.apply(commands);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "volunteer import " + job.id() + ": rows registered one by one");
                for (int i = 0; i < commands.size(); i++) {
                    RegisterVolunteer command = commands.get(i);
                    attempt(job, commanded.get(i), () -> register.accept(command), true);
                }
                continue;
            }
            for (int i = 0; i < outcomes.size(); i++) {
                switch (outcomes.get(i)) {
                    case Registration.Registered ignored -> job.imported();
                    case Registration.Refused(CivilityException e) -> job.failed(
                            new VolunteerImportJob.Failure(commanded.get(i).number(), e.errorCode(), e.args()));
                }
            }
        }
    }

    /**
     * Registers each row through {@code register}, each in a transaction of its own, counting it as imported or as
     * failed with its row number and code.
     */
    public static void importRows(VolunteerImportJob job, List<VolunteerWorkbook.Row> rows, ZoneId zone,
                                  Consumer<RegisterVolunteer> register) {
        for (VolunteerWorkbook.Row row : rows) {
            attempt(job, row, () -> register.accept(row.toCommand(job.unit(), zone)), true);
        }
    }

    /** Runs {@code work} for {@code row}; a failure is counted, success only when {@code counts}. */
    private static void attempt(VolunteerImportJob job, VolunteerWorkbook.Row row, Runnable work, boolean counts) {
        try {
            work.run();
            if (counts) {
                job.imported();
            }
        } catch (CivilityException e) {
            job.failed(new VolunteerImportJob.Failure(row.number(), e.errorCode(), e.args()));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.WARNING, "volunteer import " + job.id() + ": row " + row.number()
                    + " failed unexpectedly, reference " + reference, e);
            job.failed(new VolunteerImportJob.Failure(row.number(), WebError.INTERNAL,
                    Map.of("reference", reference)));
        }
    }

    private void forgetOld() {
        Instant cutoff = clock.instant().minus(Duration.ofMinutes(KEEP_MINUTES));
        jobs.values().removeIf(j -> j.finishedBefore(cutoff));
        try {
            progress.forgetFinishedBefore(cutoff);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "volunteer imports: forgetting old progress failed; retrying on the next import", e);
        }
        if (jobs.size() >= MAX_KEPT) {
            jobs.values().stream().filter(j -> !j.running())
                    .sorted(Comparator.comparing(VolunteerImportJob::startedAt))
                    .limit(jobs.size() - MAX_KEPT + 1L)
                    .toList()
                    .forEach(j -> jobs.remove(j.id()));
        }
    }
}
