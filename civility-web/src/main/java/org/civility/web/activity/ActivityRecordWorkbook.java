package org.civility.web.activity;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.core.activity.Attendee;
import org.civility.core.activity.MonthOfRecords;
import org.civility.core.activity.PracticeForm;
import org.civility.core.shared.Messages;
import org.civility.web.support.Sheets;
import org.civility.web.support.Sheets.Column;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a unit's month of activity records (R-ACT-1) as an Excel workbook: a sheet of records, one row each (time,
 * unit, form, title, attendance with the names, photos, summary, whether complete, who kept it, the activity's id),
 * and a sheet of the held activities without a record. Headers and labels in the reader's language; times are Excel
 * date cells in the service's zone, counts are numbers ({@link Sheets}).
 */
public final class ActivityRecordWorkbook {

    public static final String MEDIA_TYPE = Sheets.MEDIA_TYPE;

    private static final String TEXTS = "org.civility.web.activity.report";
    private static final String ACTIVITY_BUNDLE = "org.civility.core.activity.messages";

    private ActivityRecordWorkbook() {
    }

    /** The header texts of the records sheet in {@code locale}, in column order. */
    public static List<String> headers(Locale locale) {
        return records(locale).stream().map(Column::header).toList();
    }

    /** The .xlsx bytes of {@code month}, texts in {@code locale}. */
    public static byte[] write(MonthOfRecords month, ZoneId zone, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheets.add(workbook, text(locale, "sheet.records") + " " + month.month(), records(locale), month.records(),
                    zone);
            Sheets.add(workbook, text(locale, "sheet.missing") + " " + month.month(), List.of(
                    column(locale, "start", 17, (MonthOfRecords.Gap g) -> g.activity().schedule().start()),
                    column(locale, "unit", 26, MonthOfRecords.Gap::unitName),
                    column(locale, "form", 8, g -> form(g.activity().form(), locale)),
                    column(locale, "title", 28, g -> g.activity().title()),
                    column(locale, "activityId", 38, g -> g.activity().id().toString())), month.missing(), zone);
            workbook.getProperties().getCoreProperties().setTitle(month.unitName() + " " + month.month());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Column<MonthOfRecords.Line>> records(Locale locale) {
        String yes = text(locale, "value.yes");
        String no = text(locale, "value.no");
        return List.of(
                column(locale, "start", 17, l -> l.record().schedule().start()),
                column(locale, "end", 17, l -> l.record().schedule().end()),
                column(locale, "unit", 26, MonthOfRecords.Line::unitName),
                column(locale, "form", 8, l -> form(l.record().form(), locale)),
                column(locale, "title", 28, l -> l.record().title()),
                column(locale, "attendance", 9, l -> l.record().attendance()),
                column(locale, "checkedInCount", 9, l -> l.record().checkedIn().size()),
                column(locale, "addedByHandCount", 9, l -> l.record().addedByHand().size()),
                column(locale, "checkedIn", 30, l -> String.join("、",
                        l.record().checkedIn().stream().map(Attendee::name).toList())),
                column(locale, "addedByHand", 30, l -> String.join("、", l.record().addedByHand())),
                column(locale, "photos", 8, l -> l.record().photos().size()),
                column(locale, "summary", 50, l -> l.record().summary()),
                column(locale, "complete", 8, l -> l.record().complete() ? yes : no),
                column(locale, "keptBy", 14, l -> l.record().keptBy()),
                column(locale, "keptAt", 17, l -> l.record().keptAt()),
                column(locale, "activityId", 38, l -> l.record().activity().toString()));
    }

    private static <T> Column<T> column(Locale locale, String key, int width, Function<T, Object> value) {
        return new Column<>(text(locale, "column." + key), width, value);
    }

    private static String form(PracticeForm form, Locale locale) {
        return Messages.text(ACTIVITY_BUNDLE, PracticeForm.class.getClassLoader(), locale,
                "PracticeForm." + form.name(), Map.of());
    }

    private static String text(Locale locale, String key) {
        return Messages.text(TEXTS, ActivityRecordWorkbook.class.getClassLoader(), locale, key, Map.of());
    }
}
