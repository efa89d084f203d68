package org.civility.benchmarks.county;

import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The rows of one table waiting for {@code COPY ... FROM STDIN} (PostgreSQL's text format: tab between columns,
 * {@code \N} for NULL, backslash escapes). Instants are written as their UTC wall time, which is how the portal's
 * {@code TIMESTAMP} columns hold them. Not thread-safe: one generator thread fills it, then it is copied once.
 */
final class CopyTable {

    private final String table;
    private final String sql;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    CopyTable(String table, String columns) {
        this.table = table;
        this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    /** Adds a row: values in the order of the columns; null, Instant, Boolean, numbers and text. */
    void row(Object... values) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values[i]);
        }
        line.append('\n');
        bytes.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        rows++;
    }

    /** Sends the rows to the database in one COPY and forgets them; returns how many were sent. */
    long copy(CopyManager copy) throws SQLException, IOException {
        if (rows == 0) {
            return 0;
        }
        long sent = copy.copyIn(sql, new ByteArrayInputStream(bytes.toByteArray()));
        if (sent != rows) {
            throw new IllegalStateException(table + ": " + rows + " rows written, " + sent + " copied");
        }
        bytes.reset();
        rows = 0;
        return sent;
    }

    private void append(Object value) {
        switch (value) {
            case null -> line.append("\\N");
            case Instant instant -> line.append(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            case Boolean b -> line.append(b ? 't' : 'f');
            case Number n -> line.append(n);
            default -> escape(value.toString());
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }
}
