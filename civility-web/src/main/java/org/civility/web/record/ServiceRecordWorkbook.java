package org.civility.web.record;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civility.core.record.ExportedRecord;
import org.civility.core.record.ServiceRecord;
import org.civility.core.shared.Messages;
import org.civility.web.support.Sheets;
import org.civility.web.support.Sheets.Column;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a service record export as an Excel workbook: one sheet, a header row in the reader's language, one row per
 * effective entry. Times are Excel date cells in the service's zone; minutes are numbers; labels (source, status)
 * come from core's record bundle ({@link Sheets}). Holds no ID or phone numbers.
 */
public final class ServiceRecordWorkbook {

    public static final String MEDIA_TYPE = Sheets.MEDIA_TYPE;

    private static final String HEADERS = "org.civility.web.record.export";
    private static final String LABELS = "org.civility.core.record.messages";

    private ServiceRecordWorkbook() {
    }

    /** The header texts in {@code locale}, in column order. */
    public static List<String> headers(Locale locale) {
        return columns(locale).stream().map(Column::header).toList();
    }

    /** The .xlsx bytes of {@code lines}: a sheet named after the period, headers in {@code locale}. */
    public static byte[] write(List<ExportedRecord> lines, LocalDate from, LocalDate to, ZoneId zone, Locale locale) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheets.add(workbook, from + " ~ " + to, columns(locale), lines, zone);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // Deletes the temporary files the streaming workbook wrote.
            try {
                workbook.close();
            } catch (IOException ignored) {
                // Nothing left to do for a workbook already written.
            }
        }
    }

    private static List<Column<ExportedRecord>> columns(Locale locale) {
        return List.of(
                column(locale, "sequence", 8, l -> l.entry().sequence()),
                column(locale, "volunteer", 12, ExportedRecord::volunteerName),
                column(locale, "unit", 28, ExportedRecord::unitName),
                column(locale, "description", 24, l -> l.entry().description()),
                column(locale, "where", 20, l -> l.entry().where()),
                column(locale, "start", 18, l -> l.entry().start()),
                column(locale, "end", 18, l -> l.entry().end().orElse(null)),
                column(locale, "minutes", 10, l -> l.entry().minutes()),
                column(locale, "source", 14, l -> label(locale, "RecordSource." + l.entry().source().name())),
                column(locale, "status", 10, l -> label(locale, "RecordStatus." + l.status().name())),
                column(locale, "recordedBy", 14, l -> l.entry().recordedBy()),
                column(locale, "recordedAt", 18, l -> l.entry().recordedAt()),
                column(locale, "volunteerId", 38, l -> l.entry().volunteer().toString()),
                column(locale, "activityId", 38, l -> l.entry().activity().map(UUID::toString).orElse("")),
                column(locale, "entryId", 38, l -> l.entry().id().toString()));
    }

    private static Column<ExportedRecord> column(Locale locale, String key, int width,
                                                 Function<ExportedRecord, Object> value) {
        return new Column<>(Messages.text(HEADERS, ServiceRecordWorkbook.class.getClassLoader(), locale,
                "column." + key, Map.of()), width, value);
    }

    private static String label(Locale locale, String key) {
        return Messages.text(LABELS, ServiceRecord.class.getClassLoader(), locale, key, Map.of());
    }
}
