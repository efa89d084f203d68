package org.civility.web.record;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civility.core.record.ExportedRecord;
import org.civility.core.record.ServiceRecord;
import org.civility.core.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a service record export as an Excel workbook: one sheet, a header row in the reader's language, one row per
 * effective entry. Times are Excel date cells in the service's zone; minutes are numbers; labels (source, status)
 * come from core's record bundle. Holds no ID or phone numbers.
 */
public final class ServiceRecordWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String HEADERS = "org.civility.web.record.export";
    private static final String LABELS = "org.civility.core.record.messages";

    private record Column(String key, Function<ExportedRecord, Object> value, int width) {
    }

    /** A label of core's record bundle, by key. */
    private record Label(String key) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("sequence", l -> l.entry().sequence(), 8),
            new Column("volunteer", ExportedRecord::volunteerName, 12),
            new Column("unit", ExportedRecord::unitName, 28),
            new Column("description", l -> l.entry().description(), 24),
            new Column("where", l -> l.entry().where(), 20),
            new Column("start", l -> l.entry().start(), 18),
            new Column("end", l -> l.entry().end().orElse(null), 18),
            new Column("minutes", l -> l.entry().minutes(), 10),
            new Column("source", l -> new Label("RecordSource." + l.entry().source().name()), 14),
            new Column("status", l -> new Label("RecordStatus." + l.status().name()), 10),
            new Column("recordedBy", l -> l.entry().recordedBy(), 14),
            new Column("recordedAt", l -> l.entry().recordedAt(), 18),
            new Column("volunteerId", l -> l.entry().volunteer().toString(), 38),
            new Column("activityId", l -> l.entry().activity().map(UUID::toString).orElse(""), 38),
            new Column("entryId", l -> l.entry().id().toString(), 38));

    private ServiceRecordWorkbook() {
    }

    /** The header texts in {@code locale}, in column order. */
    public static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> Messages.text(HEADERS, ServiceRecordWorkbook.class.getClassLoader(), locale,
                "column." + c.key(), Map.of())).toList();
    }

    /** The .xlsx bytes of {@code lines}: a sheet named after the period, headers in {@code locale}. */
    public static byte[] write(List<ExportedRecord> lines, LocalDate from, LocalDate to, ZoneId zone, Locale locale) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(from + " ~ " + to);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            List<String> texts = headers(locale);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(texts.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, COLUMNS.get(i).width() * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ExportedRecord line : lines) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    Object value = COLUMNS.get(i).value().apply(line);
                    Cell cell = row.createCell(i);
                    if (value instanceof Instant instant) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                        cell.setCellStyle(time);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Label label) {
                        cell.setCellValue(Messages.text(LABELS, ServiceRecord.class.getClassLoader(), locale,
                                label.key(), Map.of()));
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
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
}
