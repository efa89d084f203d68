package org.civility.web.volunteer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PlainSharedStringsTest {

    @Test
    void readsEveryStringAsPoisReadOnlyTableDoes() throws Exception {
        // given plain, rich, escaped and spaced strings
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Font bold = wb.createFont();
            bold.setBold(true);
            XSSFRichTextString rich = new XSSFRichTextString("王小红 助老");
            rich.applyFont(0, 3, bold);
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("110101199003074514");
            row.createCell(1).setCellValue(rich);
            row.createCell(2).setCellValue("行一\r\n行二\u0001");
            row.createCell(3).setCellValue("  有空格  ");
            row.createCell(4).setCellValue("字面的 _x0041_ 转义");
            sheet.createRow(1).createCell(0).setCellValue("110101199003074514");
            wb.write(out);
            file = out.toByteArray();
        }

        // when
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(pkg);
            PlainSharedStrings plain = PlainSharedStrings.of(pkg);

            // then
            assertThat(plain.getUniqueCount()).isEqualTo(poi.getUniqueCount()).isEqualTo(5);
            assertThat(plain.getCount()).isEqualTo(poi.getCount());
            for (int i = 0; i < poi.getUniqueCount(); i++) {
                assertThat(plain.getItemAt(i).toString()).isEqualTo(poi.getItemAt(i).toString());
            }
            assertThat(plain.getItemAt(1).getString()).isEqualTo("王小红 助老");
        }
    }

    @Test
    void decodesExcelsEscapes() {
        assertThat(PlainSharedStrings.decode("a_x000D_b_x0009_")).isEqualTo("a\rb\t");
        assertThat(PlainSharedStrings.decode("no_xescape")).isEqualTo("no_xescape");
    }
}
