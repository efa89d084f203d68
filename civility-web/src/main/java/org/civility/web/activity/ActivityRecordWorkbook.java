package org.civility.web.activity;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.core.activity.Attendee;
import org.civility.core.activity.MonthOfRecords;
import org.civility.core.activity.PracticeForm;
import org.civility.core.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a unit's month of activity records (R-ACT-1) as an Excel workbook: a sheet of records, one row each (time,
 * unit, form, title, attendance with the names, photos, summary, whether complete, who kept it, the activity's id),
 * and a sheet of the held activities without a record. Headers and labels in the reader's language; times are Excel
 * date cells in the service's zone, counts are numbers.
 */
public final class ActivityRecordWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String TEXTS = "org.civility.web.activity.report";
    private static final String ACTIVITY_BUNDLE = "org.civility.core.activity.messages";

    private record Column<T>(String key, Function<T, Object> value, int width) {
    }

    /** A label of a bundle, by key. */
    private record Label(String bundle, String key) {
    }

    /** The most characters an Excel cell holds (a longer text makes POI refuse the cell). */
    static final int MAX_CELL = 32_767;

    /** The text, cut to what one cell holds, marked with an ellipsis when cut. */
    static String cell(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }

    private static final List<Column<MonthOfRecords.Line>> RECORDS = List.of(
            new Column<>("start", l -> l.record().schedule().start(), 17),
            new Column<>("end", l -> l.record().schedule().end(), 17),
            new Column<>("unit", MonthOfRecords.Line::unitName, 26),
            new Column<>("form", l -> form(l.record().form()), 8),
            new Column<>("title", l -> l.record().title(), 28),
            new Column<>("attendance", l -> l.record().attendance(), 9),
            new Column<>("checkedInCount", l -> l.record().checkedIn().size(), 9),
            new Column<>("addedByHandCount", l -> l.record().addedByHand().size(), 9),
            new Column<>("checkedIn", l -> cell(String.join("、",
                    l.record().checkedIn().stream().map(Attendee::name).toList())), 30),
            new Column<>("addedByHand", l -> cell(String.join("、", l.record().addedByHand())), 30),
            new Column<>("photos", l -> l.record().photos().size(), 8),
            new Column<>("summary", l -> l.record().summary(), 50),
            new Column<>("complete", l -> new Label(TEXTS, l.record().complete() ? "value.yes" : "value.no"), 8),
            new Column<>("keptBy", l -> l.record().keptBy(), 14),
            new Column<>("keptAt", l -> l.record().keptAt(), 17),
            new Column<>("activityId", l -> l.record().activity().toString(), 38));

    private static final List<Column<MonthOfRecords.Gap>> GAPS = List.of(
            new Column<>("start", g -> g.activity().schedule().start(), 17),
            new Column<>("unit", MonthOfRecords.Gap::unitName, 26),
            new Column<>("form", g -> form(g.activity().form()), 8),
            new Column<>("title", g -> g.activity().title(), 28),
            new Column<>("activityId", g -> g.activity().id().toString(), 38));

    private ActivityRecordWorkbook() {
    }

    /** The header texts of the records sheet in {@code locale}, in column order. */
    public static List<String> headers(Locale locale) {
        return RECORDS.stream().map(c -> text(locale, "column." + c.key())).toList();
    }

    /** The .xlsx bytes of {@code month}, texts in {@code locale}. */
    public static byte[] write(MonthOfRecords month, ZoneId zone, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Styles styles = new Styles(bold, time, wrap);
            sheet(workbook, text(locale, "sheet.records") + " " + month.month(), RECORDS, month.records(), zone,
                    locale, styles);
            sheet(workbook, text(locale, "sheet.missing") + " " + month.month(), GAPS, month.missing(), zone,
                    locale, styles);
            workbook.getProperties().getCoreProperties().setTitle(month.unitName() + " " + month.month());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Styles(CellStyle bold, CellStyle time, CellStyle wrap) {
    }

    private static <T> void sheet(Workbook workbook, String name, List<Column<T>> columns, List<T> rows, ZoneId zone,
                                  Locale locale, Styles styles) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(text(locale, "column." + columns.get(i).key()));
            cell.setCellStyle(styles.bold());
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T line : rows) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = columns.get(i).value().apply(line);
                Cell cell = row.createCell(i);
                if (value instanceof Instant instant) {
                    cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                    cell.setCellStyle(styles.time());
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value instanceof Label label) {
                    ClassLoader loader = label.bundle().equals(ACTIVITY_BUNDLE) ? PracticeForm.class.getClassLoader()
                            : ActivityRecordWorkbook.class.getClassLoader();
                    cell.setCellValue(Messages.text(label.bundle(), loader, locale, label.key(), Map.of()));
                } else if (value instanceof String text) {
                    cell.setCellValue(text);
                    if (text.length() > columns.get(i).width()) {
                        cell.setCellStyle(styles.wrap());
                    }
                }
            }
        }
    }

    private static Label form(PracticeForm form) {
        return new Label(ACTIVITY_BUNDLE, "PracticeForm." + form.name());
    }

    private static String text(Locale locale, String key) {
        return Messages.text(TEXTS, ActivityRecordWorkbook.class.getClassLoader(), locale, key, Map.of());
    }
}
