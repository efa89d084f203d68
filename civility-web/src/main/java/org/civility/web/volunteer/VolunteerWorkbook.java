package org.civility.web.volunteer;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import javax.xml.parsers.ParserConfigurationException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Messages;
import org.civility.core.volunteer.GuardianConsent;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.core.volunteer.RegisterVolunteer;
import org.civility.core.volunteer.VolunteerOrigin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Excel layout of a volunteer import and its reader. The first sheet's first row holds the column headers (in
 * any order; a trailing {@code *} and a note in brackets are ignored); every later non-blank row is one person:
 *
 * <table>
 *   <caption>Columns</caption>
 *   <tr><th>header</th><th>required</th><th>content</th></tr>
 *   <tr><td>姓名</td><td>yes</td><td>real name</td></tr>
 *   <tr><td>身份证号</td><td>yes</td><td>18-character resident ID number (a text cell, not a number)</td></tr>
 *   <tr><td>手机号</td><td>yes</td><td>11-digit mainland mobile number</td></tr>
 *   <tr><td>来源</td><td>no</td><td>a {@link VolunteerOrigin} label (社区工作者, 大学生, 居民, …); blank: 其他</td></tr>
 *   <tr><td>特长</td><td>no</td><td>skills separated by 、 , ， ; or ；</td></tr>
 *   <tr><td>监护人姓名, 监护人手机号, 监护人关系, 监护人同意日期</td><td>for minors</td><td>a guardian's consent:
 *   all four or none; the relation a {@link GuardianRelation} label (父亲, 母亲, …), the date like 2026-09-01</td></tr>
 * </table>
 *
 * <p>Reading checks the file only (a workbook, the required headers, 1 to {@value #MAX_ROWS} rows): a bad file is a
 * coded {@link CivilityException} and nothing is imported. Each row's content is checked when it is registered,
 * by {@link Row#toCommand} and then by core, so every bad row is reported with its number and code.
 */
public final class VolunteerWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The most data rows one import takes. */
    public static final int MAX_ROWS = 5_000;
    /** The largest upload, in bytes. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final String VOLUNTEER_BUNDLE = "org.civility.core.volunteer.messages";
    private static final Locale ZH = Messages.DEFAULT_LOCALE;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu.M.d"),
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu年M月d日"));

    /** The columns, in the template's order. */
    public enum Column {
        NAME("姓名", true),
        ID_NUMBER("身份证号", true),
        PHONE("手机号", true),
        ORIGIN("来源", false),
        SKILLS("特长", false),
        GUARDIAN_NAME("监护人姓名", false),
        GUARDIAN_PHONE("监护人手机号", false),
        GUARDIAN_RELATION("监护人关系", false),
        CONSENT_DATE("监护人同意日期", false);

        private final String header;
        private final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        /** The Chinese header text, without the required mark. */
        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }
    }

    /**
     * One data row as the sheet shows it.
     *
     * @param number the row number Excel shows (the header row is 1)
     * @param cells  the text of each column present (blank cells are absent)
     */
    public record Row(int number, Map<Column, String> cells) {

        public Row {
            cells = Map.copyOf(cells);
        }

        /** The stripped text of a column; empty when blank. */
        public String text(Column column) {
            return cells.getOrDefault(column, "");
        }

        /**
         * The registration this row asks for, at {@code unit}; a consent date is the start of that day in
         * {@code zone}. Checks only what the sheet adds (labels, dates, complete guardian details); core checks the
         * rest when registering.
         *
         * @throws CivilityException {@code IMPORT-VALUE-UNKNOWN}, {@code IMPORT-DATE-INVALID},
         *                           {@code IMPORT-GUARDIAN-INCOMPLETE}; {@code VOLUNTEER-PHONE-FORMAT},
         *                           {@code VOLUNTEER-NAME-INVALID} for the guardian's phone and name
         */
        public RegisterVolunteer toCommand(UnitId unit, ZoneId zone) {
            VolunteerOrigin origin = text(Column.ORIGIN).isEmpty() ? VolunteerOrigin.OTHER
                    : label(Column.ORIGIN, VolunteerOrigin.values(), "VolunteerOrigin.");
            Set<String> skills = Arrays.stream(text(Column.SKILLS).split("[、,，;；\\n]"))
                    .map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new RegisterVolunteer(unit, text(Column.NAME), text(Column.ID_NUMBER), text(Column.PHONE), origin,
                    skills, consent(zone));
        }

        private Optional<GuardianConsent> consent(ZoneId zone) {
            List<Column> guardian = List.of(Column.GUARDIAN_NAME, Column.GUARDIAN_PHONE, Column.GUARDIAN_RELATION,
                    Column.CONSENT_DATE);
            List<Column> blank = guardian.stream().filter(c -> text(c).isEmpty()).toList();
            if (blank.size() == guardian.size()) {
                return Optional.empty();
            }
            if (!blank.isEmpty()) {
                throw CivilityException.of(ImportError.GUARDIAN_INCOMPLETE, "missing",
                        blank.stream().map(Column::header).collect(Collectors.joining("、")));
            }
            GuardianRelation relation = label(Column.GUARDIAN_RELATION, GuardianRelation.values(), "GuardianRelation.");
            LocalDate day = date(Column.CONSENT_DATE);
            return Optional.of(new GuardianConsent(text(Column.GUARDIAN_NAME), PhoneNumber.of(text(Column.GUARDIAN_PHONE)),
                    relation, day.atStartOfDay(zone).toInstant()));
        }

        private <E extends Enum<E>> E label(Column column, E[] values, String keyPrefix) {
            String value = text(column);
            for (E e : values) {
                String label = Messages.text(VOLUNTEER_BUNDLE, ZH, keyPrefix + e.name(), Map.of());
                if (value.equals(label) || value.equalsIgnoreCase(e.name())
                        || Arrays.asList(label.split("/")).contains(value)) {
                    return e;
                }
            }
            throw CivilityException.of(ImportError.VALUE_UNKNOWN, "column", column.header(), "value", value,
                    "allowed", Arrays.stream(values)
                            .map(e -> Messages.text(VOLUNTEER_BUNDLE, ZH, keyPrefix + e.name(), Map.of()))
                            .collect(Collectors.joining("、")));
        }

        private LocalDate date(Column column) {
            String value = text(column);
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(value, f);
                } catch (DateTimeParseException e) {
                    // try the next pattern
                }
            }
            throw CivilityException.of(ImportError.DATE_INVALID, "column", column.header(), "value", value);
        }
    }

    private VolunteerWorkbook() {
    }

    /**
     * The data rows of an uploaded workbook, in sheet order; blank rows are skipped (they are no data). The first
     * sheet is read as a stream of SAX events (POI's {@link XSSFSheetXMLHandler}), never built into a workbook in
     * memory, its shared strings read as plain text ({@link PlainSharedStrings}): rows past {@value #MAX_ROWS} are
     * counted, not kept. A formula cell reads as the value the sheet saved with it.
     *
     * @throws CivilityException {@code IMPORT-FILE-TOO-LARGE}, {@code IMPORT-NOT-XLSX}, {@code IMPORT-FILE-INFLATED}
     *                           ({@link InflationGuard}: checked as a stream before POI parses), {@code IMPORT-COLUMNS-MISSING},
     *                           {@code IMPORT-NO-ROWS}, {@code IMPORT-TOO-MANY-ROWS}
     */
    public static List<Row> read(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw CivilityException.of(ImportError.FILE_TOO_LARGE, "maxMegabytes", MAX_BYTES / (1024 * 1024));
        }
        // An .xlsx is a zip archive: anything else (an old .xls, a CSV, a renamed picture) is no workbook here.
        if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw new CivilityException(ImportError.NOT_XLSX);
        }
        InflationGuard.check(file);
        SheetRows sheet = new SheetRows();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw CivilityException.of(ImportError.COLUMNS_MISSING, "missing", requiredHeaders());
            }
            try (InputStream first = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        PlainSharedStrings.of(pkg), sheet, new IsoDateFormatter(), false));
                parser.parse(new InputSource(first));
            }
        } catch (SAXException e) {
            if (e.getException() instanceof CivilityException ce) {
                throw ce;
            }
            throw new CivilityException(ImportError.NOT_XLSX);
        } catch (CivilityException e) {
            throw e;
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw new CivilityException(ImportError.NOT_XLSX);
        }
        if (sheet.columns == null) {
            throw CivilityException.of(ImportError.COLUMNS_MISSING, "missing", requiredHeaders());
        }
        if (sheet.dataRows > MAX_ROWS) {
            throw CivilityException.of(ImportError.TOO_MANY_ROWS, "rows", sheet.dataRows, "max", MAX_ROWS);
        }
        if (sheet.rows.isEmpty()) {
            throw new CivilityException(ImportError.NO_ROWS);
        }
        return sheet.rows;
    }

    /** Collects the rows of the first sheet as the parser reads them: the first row present is the header. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Row> rows = new ArrayList<>();
        private final Map<Integer, String> current = new HashMap<>();
        private Map<Column, Integer> columns;
        private int dataRows;
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            current.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            nextColumn = column + 1;
            String text = formattedValue == null ? "" : formattedValue.strip();
            if (!text.isEmpty()) {
                current.put(column, text);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == null) {
                columns = headers(current);
                return;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            columns.forEach((column, index) -> {
                String text = current.get(index);
                if (text != null) {
                    cells.put(column, text);
                }
            });
            if (cells.isEmpty()) {
                return;
            }
            dataRows++;
            if (rows.size() < MAX_ROWS) {
                rows.add(new Row(rowNum + 1, cells));
            }
        }
    }

    /** Formats numbers as the sheet shows them, but a date cell as an ISO date (2026-09-01). */
    private static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static Map<Column, Integer> headers(Map<Integer, String> header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        header.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(cell -> {
            String text = normalise(cell.getValue());
            for (Column c : Column.values()) {
                if (c.header().equals(text) && !columns.containsKey(c)) {
                    columns.put(c, cell.getKey());
                }
            }
        });
        String missing = Arrays.stream(Column.values()).filter(c -> c.required() && !columns.containsKey(c))
                .map(Column::header).collect(Collectors.joining("、"));
        if (!missing.isEmpty()) {
            throw CivilityException.of(ImportError.COLUMNS_MISSING, "missing", missing);
        }
        return columns;
    }

    /** A header without a required mark, spaces or a note in brackets: "身份证号*（18位）" is "身份证号". */
    private static String normalise(String header) {
        String h = header.replaceAll("[\\s*＊]", "");
        int bracket = h.indexOf('(') >= 0 ? h.indexOf('(') : h.indexOf('（');
        return bracket > 0 ? h.substring(0, bracket) : h;
    }

    private static String requiredHeaders() {
        return Arrays.stream(Column.values()).filter(Column::required).map(Column::header)
                .collect(Collectors.joining("、"));
    }

    /**
     * The import template: the headers (required ones marked {@code *}), text format for ID and phone numbers (so
     * Excel keeps all 18 digits), lists of allowed origins and relations, and a second sheet 说明 explaining the
     * columns.
     */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("志愿者");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (Column c : Column.values()) {
                Cell cell = header.createCell(c.ordinal());
                cell.setCellValue(c.header() + (c.required() ? "*" : ""));
                cell.setCellStyle(bold);
                sheet.setDefaultColumnStyle(c.ordinal(), text);
                sheet.setColumnWidth(c.ordinal(), 16 * 256);
            }
            sheet.setColumnWidth(Column.ID_NUMBER.ordinal(), 22 * 256);
            sheet.createFreezePane(0, 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            list(sheet, helper, Column.ORIGIN, labels(VolunteerOrigin.values(), "VolunteerOrigin."));
            list(sheet, helper, Column.GUARDIAN_RELATION, labels(GuardianRelation.values(), "GuardianRelation."));

            Sheet help = workbook.createSheet("说明");
            String[][] lines = {
                    {"列", "必填", "说明"},
                    {"姓名", "是", "实名，最多 50 个字"},
                    {"身份证号", "是", "18 位居民身份证号码（最后一位可为 X），请按文本填写"},
                    {"手机号", "是", "11 位手机号码"},
                    {"来源", "否", String.join("、", labels(VolunteerOrigin.values(), "VolunteerOrigin.")) + "；不填为“其他”"},
                    {"特长", "否", "多项用“、”分隔"},
                    {"监护人姓名、监护人手机号、监护人关系、监护人同意日期", "未满 18 岁必填",
                            "四项同时填写；关系为 " + String.join("、", labels(GuardianRelation.values(), "GuardianRelation."))
                                    + "；日期如 2026-09-01"},
                    {"", "", "每行登记一名志愿者；有误的行不会导入，导入后按行号列出原因。"}};
            for (int i = 0; i < lines.length; i++) {
                org.apache.poi.ss.usermodel.Row row = help.createRow(i);
                for (int j = 0; j < lines[i].length; j++) {
                    row.createCell(j).setCellValue(lines[i][j]);
                }
            }
            help.setColumnWidth(0, 40 * 256);
            help.setColumnWidth(1, 14 * 256);
            help.setColumnWidth(2, 80 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void list(Sheet sheet, DataValidationHelper helper, Column column, String[] values) {
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, MAX_ROWS, column.ordinal(), column.ordinal()));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static <E extends Enum<E>> String[] labels(E[] values, String keyPrefix) {
        return Arrays.stream(values).map(e -> Messages.text(VOLUNTEER_BUNDLE, ZH, keyPrefix + e.name(), Map.of()))
                .toArray(String[]::new);
    }
}
