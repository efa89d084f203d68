package org.civility.web.activity;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.core.activity.Activity;
import org.civility.core.activity.ActivityId;
import org.civility.core.activity.ActivityRecord;
import org.civility.core.activity.ActivityStatus;
import org.civility.core.activity.Attendee;
import org.civility.core.activity.ImageType;
import org.civility.core.activity.MonthOfRecords;
import org.civility.core.activity.PhotoId;
import org.civility.core.activity.PracticeForm;
import org.civility.core.activity.RecordPhoto;
import org.civility.core.activity.Schedule;
import org.civility.core.activity.Theme;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;
import org.civility.web.certificate.CertificateFont;
import org.civility.web.support.Sheets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A month of activity records rendered as the PDF and the workbook, read back with PDFBox and POI. */
class ActivityRecordReportTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final UnitId STATION = new UnitId(UUID.randomUUID());
    private static final Instant START = Instant.parse("2026-03-15T01:00:00Z");

    private final byte[] png = aPng();
    private final MonthOfRecords month = aMonth();

    @Test
    @DisplayName("R-ACT-1 the PDF holds each record's title, attendance, summary and first photo, and the gaps")
    void thePdfHoldsTheRecordsAsRealText() throws IOException {
        byte[] bytes = new ActivityRecordPdf(CertificateFont.builtIn()).render(month, SHANGHAI,
                r -> Optional.of(png), Instant.parse("2026-04-01T02:00:00Z"));

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(bytes).startsWith("%PDF-".getBytes());
            assertThat(text).contains(ActivityRecordPdf.TITLE, "圆东村新时代文明实践站", "2026年3月",
                    "重阳敬老文艺汇演", "周建国", "王秀英", "为老人表演节目", "完整", "2026-03-15 09:00",
                    "已举办未建台账的活动", "村民议事会", "导出时间：2026-04-01 10:00");
            assertThat(images(pdf)).isEqualTo(1);
        }
    }

    @Test
    void aPhotoThatCannotBeReadIsListedButNotShown() throws IOException {
        byte[] bytes = new ActivityRecordPdf(CertificateFont.builtIn()).render(month, SHANGHAI,
                r -> Optional.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}), Instant.now());

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("合影.png");
            assertThat(images(pdf)).isZero();
        }
    }

    @Test
    void aPictureWhoseHeaderClaimsAHugeSizeIsListedButNeverDecoded() throws IOException {
        // A 46,000 × 46,000 GIF in a few bytes: decoding it would allocate gigabytes before reading a pixel.
        byte[] bomb = {'G', 'I', 'F', '8', '9', 'a', (byte) 0xB0, (byte) 0xB3, (byte) 0xB0, (byte) 0xB3, 0, 0, 0,
                ',', 0, 0, 0, 0, (byte) 0xB0, (byte) 0xB3, (byte) 0xB0, (byte) 0xB3, 0, 2, 2, 0x44, 1, 0, ';'};
        assertThat(ActivityRecordPdf.plausibleSize(bomb)).isFalse();

        byte[] bytes = new ActivityRecordPdf(CertificateFont.builtIn()).render(month, SHANGHAI,
                r -> Optional.of(bomb), Instant.now());

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("合影.png");
            assertThat(images(pdf)).isZero();
        }
    }

    @Test
    void aCellLongerThanExcelHoldsIsCut() {
        assertThat(Sheets.cell("名".repeat(40_000))).hasSize(Sheets.MAX_CELL).endsWith("…");
        assertThat(Sheets.cell("张三、李四")).isEqualTo("张三、李四");
    }

    @Test
    @DisplayName("R-ACT-1 the workbook has a row per record and one per held activity without a record")
    void theWorkbookHasARowPerRecordInTheReadersLanguage() throws IOException {
        byte[] zh = ActivityRecordWorkbook.write(month, SHANGHAI, Locale.SIMPLIFIED_CHINESE);
        byte[] en = ActivityRecordWorkbook.write(month, SHANGHAI, Locale.ENGLISH);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            DataFormatter f = new DataFormatter();
            Sheet records = wb.getSheetAt(0);
            Row header = records.getRow(0);
            Row row = records.getRow(1);
            assertThat(wb.getSheetName(0)).isEqualTo("活动台账 2026-03");
            assertThat(records.getLastRowNum()).isEqualTo(1);
            assertThat(f.formatCellValue(header.getCell(4))).isEqualTo("活动名称");
            assertThat(f.formatCellValue(row.getCell(0))).isEqualTo("2026-03-15 09:00");
            assertThat(f.formatCellValue(row.getCell(2))).isEqualTo("圆东村新时代文明实践站");
            assertThat(f.formatCellValue(row.getCell(3))).isEqualTo("乐");
            assertThat(f.formatCellValue(row.getCell(4))).isEqualTo("重阳敬老文艺汇演");
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(2);
            assertThat(f.formatCellValue(row.getCell(8))).isEqualTo("周建国");
            assertThat(f.formatCellValue(row.getCell(9))).isEqualTo("王秀英");
            assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(1);
            assertThat(f.formatCellValue(row.getCell(12))).isEqualTo("是");
            Sheet missing = wb.getSheetAt(1);
            assertThat(missing.getLastRowNum()).isEqualTo(1);
            assertThat(f.formatCellValue(missing.getRow(1).getCell(3))).isEqualTo("村民议事会");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(en))) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheetAt(0).getRow(0).getCell(4)))
                    .isEqualTo("Activity");
            assertThat(new DataFormatter().formatCellValue(wb.getSheetAt(0).getRow(1).getCell(12))).isEqualTo("Yes");
        }
        assertThat(ActivityRecordWorkbook.headers(Locale.SIMPLIFIED_CHINESE))
                .hasSameSizeAs(ActivityRecordWorkbook.headers(Locale.ENGLISH))
                .doesNotHaveDuplicates()
                .noneMatch(h -> h.startsWith("column."));
    }

    private MonthOfRecords aMonth() {
        Activity held = Activity.restore(new ActivityId(UUID.randomUUID()), STATION, PracticeForm.RECREATION,
                Set.of(Theme.CULTURE), "重阳敬老文艺汇演", "", new Schedule(START, START.plusSeconds(7200)),
                Optional.empty(), Optional.empty(), START.minusSeconds(86_400), ActivityStatus.HELD, List.of(), 1);
        ActivityRecord record = ActivityRecord.open(held, START.plusSeconds(9000), "station-admin");
        record.keep("为老人表演节目，送上慰问品。", List.of("王秀英"), START.plusSeconds(9000), "station-admin");
        record.takeCheckIns(List.of(new Attendee(new VolunteerId(UUID.randomUUID()), "周建国")));
        PhotoId photo = new PhotoId(UUID.randomUUID());
        record.addPhoto(new RecordPhoto(photo, "合影.png", ImageType.PNG, png.length, "cd".repeat(32),
                "activity-records/" + STATION + "/" + held.id() + "/" + photo, START.plusSeconds(9000),
                "station-admin"), START.plusSeconds(9000), "station-admin");
        Activity without = Activity.restore(new ActivityId(UUID.randomUUID()), STATION, PracticeForm.LECTURE,
                Set.of(Theme.POLICY), "村民议事会", "", new Schedule(START.plusSeconds(86_400),
                        START.plusSeconds(90_000)), Optional.empty(), Optional.empty(), START, ActivityStatus.HELD,
                List.of(), 1);
        return new MonthOfRecords(STATION, "圆东村新时代文明实践站", YearMonth.of(2026, 3),
                List.of(new MonthOfRecords.Line("圆东村新时代文明实践站", record)),
                List.of(new MonthOfRecords.Gap("圆东村新时代文明实践站", without)));
    }

    private static byte[] aPng() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int images(PDDocument pdf) throws IOException {
        List<PDImageXObject> found = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                    found.add(image);
                }
            }
        }
        return found.size();
    }
}
