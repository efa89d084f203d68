package org.civility.persistence.volunteer;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.ErrorKind;
import org.civility.core.volunteer.ImportProgress;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Between {@link ImportProgress} and its row. The failed rows go into one text column, a line each:
 * {@code row|code|kind|bundle|name=value&name=value}, every part URL-encoded (UTF-8), so no separator can occur inside
 * one.
 */
final class ImportProgressMapper {

    private ImportProgressMapper() {
    }

    static void write(ImportProgress p, ImportProgressEntity e) {
        e.id = p.id().toString();
        e.unitId = p.unit().value().toString();
        e.startedBy = p.startedBy();
        e.total = p.total();
        e.processed = p.processed();
        e.imported = p.imported();
        e.failures = p.failures().isEmpty() ? null : encode(p.failures());
        e.startedAt = p.startedAt();
        e.finishedAt = p.finishedAt().orElse(null);
    }

    static ImportProgress read(ImportProgressEntity e) {
        return new ImportProgress(UUID.fromString(e.id), new UnitId(UUID.fromString(e.unitId)), e.startedBy, e.total,
                e.processed, e.imported, decode(e.failures), e.startedAt, Optional.ofNullable(e.finishedAt));
    }

    static String encode(List<ImportProgress.RowFailure> failures) {
        StringBuilder b = new StringBuilder();
        for (ImportProgress.RowFailure f : failures) {
            List<String> args = new ArrayList<>();
            f.args().forEach((k, v) -> args.add(enc(k) + "=" + enc(v)));
            b.append(f.row()).append('|').append(enc(f.code())).append('|').append(f.kind().name()).append('|')
                    .append(enc(f.bundle())).append('|').append(String.join("&", args)).append('\n');
        }
        return b.toString();
    }

    static List<ImportProgress.RowFailure> decode(String text) {
        List<ImportProgress.RowFailure> failures = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return failures;
        }
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] part = line.split("\\|", -1);
            Map<String, String> args = new LinkedHashMap<>();
            if (!part[4].isEmpty()) {
                for (String pair : part[4].split("&")) {
                    int eq = pair.indexOf('=');
                    args.put(dec(pair.substring(0, eq)), dec(pair.substring(eq + 1)));
                }
            }
            failures.add(new ImportProgress.RowFailure(Integer.parseInt(part[0]), dec(part[1]),
                    ErrorKind.valueOf(part[2]), dec(part[3]), args));
        }
        return failures;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
