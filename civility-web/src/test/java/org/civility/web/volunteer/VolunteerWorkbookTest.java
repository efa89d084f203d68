package org.civility.web.volunteer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.governance.PolicySettings;
import org.civility.core.memory.InMemoryVolunteerRepository;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.PageRequest;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.RegisterVolunteer;
import org.civility.core.volunteer.ResidentIdNumber;
import org.civility.core.volunteer.VolunteerOrigin;
import org.civility.core.volunteer.VolunteerService;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class VolunteerWorkbookTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] HEADERS = {"姓名*", "身份证号*", "手机号*", "来源", "特长", "监护人姓名", "监护人手机号",
            "监护人关系", "监护人同意日期"};

    private final UnitId institute = new UnitId(UUID.randomUUID());
    private final UnitId station = new UnitId(UUID.randomUUID());
    private final AccessControl access = new AccessControl((unit, ancestor) -> unit.equals(ancestor)
            || (unit.equals(station) && ancestor.equals(institute)));
    private final InMemoryVolunteerRepository volunteers = new InMemoryVolunteerRepository();
    private final VolunteerService service = new VolunteerService(volunteers, access, PolicySettings.defaults(),
            Clock.system(ZONE), IdSource.random(), e -> { });
    private final Actor admin = Actor.of("所管理员", new RoleGrant(Role.ADMINISTRATOR, institute));

    @Test
    void importsTheValidRowsOfAThousandAndReportsEachInvalidOneWithItsRowNumberAndCode() {
        List<String[]> people = thousandPeopleWithSevenMistakes();
        List<VolunteerWorkbook.Row> rows = VolunteerWorkbook.read(workbook(HEADERS, people));
        VolunteerImportJob job = new VolunteerImportJob(UUID.randomUUID(), station, admin.name(), rows.size(),
                Instant.now());

        VolunteerImports.importRows(job, rows, ZONE, command -> service.register(admin, command));

        VolunteerImportJob.Progress p = job.progress();
        assertThat(p.total()).isEqualTo(1000);
        assertThat(p.processed()).isEqualTo(1000);
        assertThat(p.imported()).isEqualTo(993);
        assertThat(p.failures()).extracting(f -> f.row(), f -> f.code().code()).containsExactly(
                tuple(11, "VOLUNTEER-ID-CHECK-DIGIT"),
                tuple(101, "VOLUNTEER-NAME-INVALID"),
                tuple(201, "VOLUNTEER-GUARDIAN-CONSENT"),
                tuple(301, "VOLUNTEER-ALREADY-REGISTERED"),
                tuple(401, "VOLUNTEER-PHONE-FORMAT"),
                tuple(501, "IMPORT-VALUE-UNKNOWN"),
                tuple(601, "IMPORT-GUARDIAN-INCOMPLETE"));
        assertThat(volunteers.byUnit(station, new PageRequest(0, 200)).items()).hasSize(200);
    }

    @Test
    void importsInSlicesWithTheSameOutcomeRowByRow() {
        List<VolunteerWorkbook.Row> rows = VolunteerWorkbook.read(workbook(HEADERS, thousandPeopleWithSevenMistakes()));
        VolunteerImportJob job = new VolunteerImportJob(UUID.randomUUID(), station, admin.name(), rows.size(),
                Instant.now());
        List<Integer> slices = new ArrayList<>();

        VolunteerImports.importRows(job, rows, ZONE, commands -> {
            slices.add(commands.size());
            return service.registerAll(admin, commands);
        }, command -> service.register(admin, command));

        assertThat(slices).hasSize((rows.size() + VolunteerImports.SLICE - 1) / VolunteerImports.SLICE);
        assertSevenMistakesReported(job.progress());
    }

    @Test
    void registersTheRowsOfASliceOneByOneWhenTheSliceFails() {
        List<VolunteerWorkbook.Row> rows = VolunteerWorkbook.read(workbook(HEADERS, thousandPeopleWithSevenMistakes()));
        VolunteerImportJob job = new VolunteerImportJob(UUID.randomUUID(), station, admin.name(), rows.size(),
                Instant.now());

        VolunteerImports.importRows(job, rows, ZONE, commands -> {
            throw new IllegalStateException("the slice's transaction failed");
        }, command -> service.register(admin, command));

        assertSevenMistakesReported(job.progress());
    }

    private void assertSevenMistakesReported(VolunteerImportJob.Progress p) {
        assertThat(p.total()).isEqualTo(1000);
        assertThat(p.processed()).isEqualTo(1000);
        assertThat(p.imported()).isEqualTo(993);
        assertThat(p.failures()).extracting(f -> f.row(), f -> f.code().code()).containsExactly(
                tuple(11, "VOLUNTEER-ID-CHECK-DIGIT"),
                tuple(101, "VOLUNTEER-NAME-INVALID"),
                tuple(201, "VOLUNTEER-GUARDIAN-CONSENT"),
                tuple(301, "VOLUNTEER-ALREADY-REGISTERED"),
                tuple(401, "VOLUNTEER-PHONE-FORMAT"),
                tuple(501, "IMPORT-VALUE-UNKNOWN"),
                tuple(601, "IMPORT-GUARDIAN-INCOMPLETE"));
        assertThat(volunteers.byUnit(station, new PageRequest(0, 200)).items()).hasSize(200);
    }

    @Test
    void readsTheColumnsInAnyOrderWithTheSpreadsheetsRowNumbersAndSkipsBlankRows() {
        String[] headers = {"手机号", "来源", "身份证号（18位）", "姓名", "特长"};
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"13800000001", "大学生", idBornOn(LocalDate.of(2000, 1, 2), 1), "王小红", "助老、文艺"});
        rows.add(new String[]{"", "", "", "", ""});
        rows.add(new String[]{"13800000002", "", idBornOn(LocalDate.of(1990, 3, 4), 2), "李四", ""});

        List<VolunteerWorkbook.Row> read = VolunteerWorkbook.read(workbook(headers, rows));

        assertThat(read).extracting(VolunteerWorkbook.Row::number).containsExactly(2, 4);
        RegisterVolunteer first = read.get(0).toCommand(station, ZONE);
        assertThat(first.realName()).isEqualTo("王小红");
        assertThat(first.origin()).isEqualTo(VolunteerOrigin.COLLEGE_STUDENT);
        assertThat(first.skills()).containsExactlyInAnyOrder("助老", "文艺");
        assertThat(read.get(1).toCommand(station, ZONE).origin()).isEqualTo(VolunteerOrigin.OTHER);
    }

    @Test
    void readsAGuardiansConsentWithADateCellAndANumericPhoneCell() throws IOException {
        LocalDate birth = LocalDate.now(ZONE).minusYears(15);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("小明");
            row.createCell(1).setCellValue(idBornOn(birth, 7));
            row.createCell(2).setCellValue(13800000009d);
            row.createCell(5).setCellValue("王大明");
            row.createCell(6).setCellValue("13900000009");
            row.createCell(7).setCellValue("外祖父母");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Cell consent = row.createCell(8);
            consent.setCellValue(LocalDate.of(2026, 9, 1));
            consent.setCellStyle(date);
            wb.write(out);

            RegisterVolunteer command = VolunteerWorkbook.read(out.toByteArray()).get(0).toCommand(station, ZONE);

            assertThat(command.phone()).isEqualTo("13800000009");
            assertThat(command.guardianConsent()).hasValueSatisfying(c -> {
                assertThat(c.relation()).isEqualTo(GuardianRelation.GRANDPARENT);
                assertThat(c.givenAt()).isEqualTo(LocalDate.of(2026, 9, 1).atStartOfDay(ZONE).toInstant());
            });
            assertThat(service.register(admin, command).isMinorOn(LocalDate.now(ZONE))).isTrue();
        }
    }

    @Test
    void rejectsAFileThatIsNoWorkbook() {
        assertCode(() -> VolunteerWorkbook.read("姓名,身份证号\n张三,1".getBytes()), "IMPORT-NOT-XLSX");
        assertCode(() -> VolunteerWorkbook.read(new byte[]{'P', 'K', 3, 4, 0, 0}), "IMPORT-NOT-XLSX");
    }

    @Test
    void rejectsAFileWithoutTheRequiredColumnsNamingThem() {
        byte[] file = workbook(new String[]{"姓名", "电话"}, List.<String[]>of(new String[]{"张三", "13800000001"}));

        assertThatThrownBy(() -> VolunteerWorkbook.read(file))
                .isInstanceOfSatisfying(CivilityException.class, e -> {
                    assertThat(e.code()).isEqualTo("IMPORT-COLUMNS-MISSING");
                    assertThat(e.args()).containsEntry("missing", "身份证号、手机号");
                });
    }

    @Test
    void rejectsAFileWithoutRowsAndTooManyRows() {
        assertCode(() -> VolunteerWorkbook.read(workbook(HEADERS, List.of())), "IMPORT-NO-ROWS");
        List<String[]> many = IntStream.range(0, VolunteerWorkbook.MAX_ROWS + 1)
                .mapToObj(i -> new String[]{"张三" + i, "1", "1"}).toList();
        assertCode(() -> VolunteerWorkbook.read(workbook(HEADERS, many)), "IMPORT-TOO-MANY-ROWS");
        assertCode(() -> VolunteerWorkbook.read(new byte[VolunteerWorkbook.MAX_BYTES + 1]), "IMPORT-FILE-TOO-LARGE");
    }

    @Test
    void theTemplateHasEveryColumnAndReadsAsAFileWithoutRows() throws IOException {
        byte[] template = VolunteerWorkbook.template();

        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(IntStream.range(0, header.getLastCellNum()).mapToObj(i -> header.getCell(i).getStringCellValue()))
                    .containsExactly(HEADERS);
            assertThat(wb.getSheet("说明")).isNotNull();
        }
        assertCode(() -> VolunteerWorkbook.read(template), "IMPORT-NO-ROWS");
    }

    /** 1,000 adults, except: 11 bad check digit, 101 no name, 201 a minor without consent, 301 the ID of row 2,
     *  401 a bad phone, 501 an unknown origin, 601 a guardian without phone; row 701 a minor with consent. */
    static List<String[]> thousandPeopleWithSevenMistakes() {
        List<String[]> people = new ArrayList<>();
        LocalDate firstBirth = LocalDate.of(1960, 1, 1);
        for (int i = 0; i < 1000; i++) {
            String id = idBornOn(firstBirth.plusDays(i * 13L), i % 1000);
            people.add(new String[]{"志愿者" + i, id, "138%08d".formatted(i), "居民", "助老", "", "", "", ""});
        }
        LocalDate minor = LocalDate.now(ZONE).minusYears(15);
        String[] r11 = people.get(9);
        r11[1] = r11[1].substring(0, 17) + (r11[1].charAt(17) == '0' ? '1' : '0');
        people.get(99)[0] = "";
        people.get(199)[1] = idBornOn(minor, 201);
        people.get(299)[1] = people.get(0)[1];
        people.get(399)[2] = "1380000";
        people.get(499)[3] = "宇航员";
        people.get(599)[1] = idBornOn(minor, 601);
        people.get(599)[5] = "张监护";
        people.get(599)[7] = "父亲";
        people.get(599)[8] = "2026-09-01";
        people.get(699)[1] = idBornOn(minor, 701);
        String[] guardian = {"李监护", "13900000701", "母亲", "2026-09-01"};
        System.arraycopy(guardian, 0, people.get(699), 5, 4);
        return people;
    }

    static String idBornOn(LocalDate birth, int sequence) {
        String first17 = "330100" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    static byte[] workbook(String[] headers, List<String[]> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("志愿者");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int i = 0; i < cells.length; i++) {
                    if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CivilityException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }
}
