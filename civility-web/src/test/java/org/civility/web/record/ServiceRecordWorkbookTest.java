package org.civility.web.record;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.ExportedRecord;
import org.civility.core.record.RecordSource;
import org.civility.core.record.RecordStatus;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.volunteer.VolunteerId;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceRecordWorkbookTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void writesOneRowPerEntryWithLocalTimesMinutesAndLabelsInTheReadersLanguage() throws IOException {
        Instant start = Instant.parse("2026-09-01T01:00:00Z");
        ServiceRecord entry = ServiceRecord.chained(new ServiceRecordId(UUID.randomUUID()), new UnitId(UUID.randomUUID()),
                1, ServiceRecord.GENESIS, new VolunteerId(UUID.randomUUID()), Optional.empty(), "为老人理发",
                "文化礼堂", Optional.empty(), start, Optional.of(start.plusSeconds(5400)), Optional.empty(), 90,
                RecordSource.ADMIN_MAKE_UP, Set.of(), "赵敏", start.plusSeconds(6000), Optional.empty());
        List<ExportedRecord> lines = List.of(new ExportedRecord(entry, "幸福村实践站", "张志愿", RecordStatus.COMPLETED));

        byte[] zh = ServiceRecordWorkbook.write(lines, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), SHANGHAI,
                Locale.SIMPLIFIED_CHINESE);
        byte[] en = ServiceRecordWorkbook.write(lines, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), SHANGHAI,
                Locale.ENGLISH);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(zh))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(f.formatCellValue(header.getCell(1))).isEqualTo("志愿者");
            assertThat(f.formatCellValue(row.getCell(1))).isEqualTo("张志愿");
            assertThat(f.formatCellValue(row.getCell(2))).isEqualTo("幸福村实践站");
            assertThat(f.formatCellValue(row.getCell(5))).isEqualTo("2026-09-01 09:00");
            assertThat(f.formatCellValue(row.getCell(6))).isEqualTo("2026-09-01 10:30");
            assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(90);
            assertThat(f.formatCellValue(row.getCell(8))).isEqualTo("管理员补录");
            assertThat(f.formatCellValue(row.getCell(9))).isEqualTo("已完成");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(en))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Volunteer");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(8).getStringCellValue()).isEqualTo("administrator make-up");
        }
        assertThat(ServiceRecordWorkbook.headers(Locale.ENGLISH)).hasSameSizeAs(ServiceRecordWorkbook.headers(Locale.CHINA));
    }
}
