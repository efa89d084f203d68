package org.civility.web.support;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The sheets of the portal's Excel exports, written one way: a bold header row that stays in view, one row per line;
 * times are Excel date cells in the service's zone, counts are numbers, texts are cut to what a cell holds and wrap
 * where wider than their column.
 */
public final class Sheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The most characters an Excel cell holds (a longer text makes POI refuse the cell). */
    public static final int MAX_CELL = 32_767;

    /**
     * A column: its header, its width in characters, and its value of a line (an {@link Instant}, a {@link Number},
     * anything else as text; null for an empty cell).
     */
    public record Column<T>(String header, int width, Function<T, Object> value) {
    }

    private Sheets() {
    }

    /** The text, cut to what one cell holds, marked with an ellipsis when cut. */
    public static String cell(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }

    /** Adds a sheet named {@code name} (made safe for Excel) with the columns' headers and a row per line. */
    public static <T> Sheet add(Workbook workbook, String name, List<Column<T>> columns, Iterable<T> lines,
                                ZoneId zone) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle time = workbook.createCellStyle();
        time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (T line : lines) {
            Row row = sheet.createRow(r++);
            for (int i = 0; i < columns.size(); i++) {
                Object value = columns.get(i).value().apply(line);
                Cell cell = row.createCell(i);
                if (value instanceof Instant instant) {
                    cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                    cell.setCellStyle(time);
                } else if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    String text = cell(value.toString());
                    cell.setCellValue(text);
                    if (text.length() > columns.get(i).width()) {
                        cell.setCellStyle(wrap);
                    }
                }
            }
        }
        return sheet;
    }
}
