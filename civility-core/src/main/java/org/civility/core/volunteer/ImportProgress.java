package org.civility.core.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.ErrorCode;
import org.civility.core.shared.ErrorKind;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * How far a volunteer import got, as stored for every node of a cluster to read: the node running the import stores
 * it as the rows go by and once more when it ends. A value: each store replaces the one before.
 *
 * @param id         the import's id, never null
 * @param unit       where the volunteers are registered, never null
 * @param startedBy  the name of the actor who started it, never null
 * @param total      data rows in the file
 * @param processed  rows done so far, imported or failed; at most {@code total}
 * @param imported   volunteers registered so far; at most {@code processed}
 * @param failures   rows not imported, by row number, never null
 * @param startedAt  never null
 * @param finishedAt empty while it runs
 */
public record ImportProgress(UUID id, UnitId unit, String startedBy, int total, int processed, int imported,
                             List<RowFailure> failures, Instant startedAt, Optional<Instant> finishedAt) {

    public ImportProgress {
        requireNonNull(id, "id");
        requireNonNull(unit, "unit");
        requireNonNull(startedBy, "startedBy");
        requireNonNull(startedAt, "startedAt");
        requireNonNull(finishedAt, "finishedAt");
        if (total < 0 || processed < 0 || processed > total || imported < 0 || imported > processed) {
            throw new IllegalArgumentException("progress out of range: total " + total + ", processed " + processed
                    + ", imported " + imported);
        }
        failures = failures.stream().sorted(Comparator.comparingInt(RowFailure::row)).toList();
    }

    /** Whether the import has ended. */
    public boolean done() {
        return finishedAt.isPresent();
    }

    /**
     * A row that was not imported and why: its error code as stored (code, kind and the bundle of its texts, so any
     * node can show the message) with the arguments of those texts as strings.
     *
     * @param row    the row number the spreadsheet shows
     * @param code   never null
     * @param kind   never null
     * @param bundle the base name of the code's resource bundle, never null
     * @param args   never null
     */
    public record RowFailure(int row, String code, ErrorKind kind, String bundle, Map<String, String> args) {

        public RowFailure {
            requireNonNull(code, "code");
            requireNonNull(kind, "kind");
            requireNonNull(bundle, "bundle");
            args = Map.copyOf(args);
        }

        /** The failure of row {@code row} with {@code code}; the arguments' values as strings. */
        public static RowFailure of(int row, ErrorCode code, Map<String, ?> args) {
            Map<String, String> text = new java.util.LinkedHashMap<>();
            args.forEach((k, v) -> text.put(k, String.valueOf(v)));
            return new RowFailure(row, code.code(), code.kind(), code.bundleBaseName(), text);
        }

        /** The stored code as an {@link ErrorCode} whose texts come from the stored bundle. */
        public ErrorCode errorCode() {
            return new StoredCode(code, kind, bundle);
        }
    }

    private record StoredCode(String code, ErrorKind kind, String bundle) implements ErrorCode {

        @Override
        public String bundleBaseName() {
            return bundle;
        }
    }
}
