package org.civility.benchmarks.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.civility.benchmarks.county.FakePeople;
import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.governance.GovernanceService;
import org.civility.core.governance.SettingRegistry;
import org.civility.core.organisation.RepositoryUnitHierarchy;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Messages;
import org.civility.core.spi.EventPublisher;
import org.civility.core.spi.IdSource;
import org.civility.core.volunteer.RegisterVolunteer;
import org.civility.core.volunteer.VolunteerOrigin;
import org.civility.core.volunteer.VolunteerService;
import org.civility.core.volunteer.VolunteerSettings;
import org.civility.persistence.Migrations;
import org.civility.persistence.governance.JpaPolicySettingsRepository;
import org.civility.persistence.organisation.JpaUnitRepository;
import org.civility.persistence.volunteer.JpaVolunteerRepository;
import org.civility.web.volunteer.VolunteerImportJob;
import org.civility.web.volunteer.VolunteerImports;
import org.civility.web.volunteer.VolunteerWorkbook;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

/**
 * Issue 14's goal P4: importing 100,000 volunteers from Excel takes at most three times a PostgreSQL {@code COPY} of
 * the same rows. In one run:
 * <ol>
 *   <li>writes the volunteers as workbooks in the import template's layout (every row valid: GB 11643 ID numbers
 *   from {@link FakePeople}, unique phones, an origin label, skills), {@value VolunteerWorkbook#MAX_ROWS} rows a
 *   file, the most one upload takes;</li>
 *   <li>recreates a database of its own, migrates it with Civility's Flyway migrations and adds an institute with a
 *   station, the unit the volunteers are imported into;</li>
 *   <li>imports every file the way the portal does ({@code VolunteerImportResource} → {@link VolunteerImports}): the
 *   file read by {@link VolunteerWorkbook#read}, its rows run through {@link VolunteerImports#importRows} and
 *   registered through core's {@link VolunteerService} over the JPA repositories (EclipseLink, its own connection
 *   pool) in the transactions {@code VolunteerImportRegistrar} opens in the container, by an administrator of the
 *   institute; timed from the first file read to the last row committed;</li>
 *   <li>as the baseline, exports the rows the import stored ({@code civ_volunteer}, {@code civ_volunteer_skill}) with
 *   {@code COPY TO} and times {@code COPY FROM} of them into empty copies of those tables (same columns, indexes and
 *   foreign keys) in one transaction.</li>
 * </ol>
 * Prints the figures and, with {@code --report FILE}, writes them as the section "P4: importing volunteers" of that
 * Markdown file (replacing the section if present, leaving the others as they are).
 *
 * <p>Usage: {@code VolunteerImportBenchmark [--rows 100000] [--url jdbc:postgresql://127.0.0.1:5432/civility_import_bench]
 * [--user postgres] [--password ...] [--dir target/import-bench] [--report docs/performance.md] [--label text]
 * [--notes FILE]}: {@code --notes} appends the Markdown in FILE to the section (earlier figures, say).
 * The database is dropped and created again through the server's {@code postgres} database.
 */
public final class VolunteerImportBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String ADDRESS_CODE = "330102";
    private static final String[] HEADERS = {"姓名*", "身份证号*", "手机号*", "来源", "特长", "监护人姓名", "监护人手机号",
            "监护人关系", "监护人同意日期"};
    private static final String[] SKILLS = {"助老", "文艺", "医疗", "法律", "维修", "教育", "环保", "心理"};
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "155", "157", "158", "159", "166", "176", "177", "180", "181", "186", "187", "189",
            "199"};
    static final String SECTION = "## P4: importing volunteers";

    private VolunteerImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int rows = Integer.parseInt(options.getOrDefault("rows", "100000"));
        String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/civility_import_bench");
        String user = options.getOrDefault("user", "postgres");
        String password = options.getOrDefault("password", "");
        Path dir = Path.of(options.getOrDefault("dir", "target/import-bench"));

        long started = System.nanoTime();
        List<Path> files = writeWorkbooks(dir, rows);
        System.out.printf("Wrote %,d volunteers in %d workbooks (%,d bytes) in %.1f s%n", rows, files.size(),
                size(files), seconds(started));

        recreateDatabase(url, user, password);
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        started = System.nanoTime();
        Migrations.migrate(dataSource);
        System.out.printf("Migrated %s in %.1f s%n", url, seconds(started));
        UnitId institute = new UnitId(UUID.randomUUID());
        UnitId station = new UnitId(UUID.randomUUID());
        addUnits(dataSource, institute, station);

        Result imported = importAll(files, url, user, password, institute, station);
        System.out.printf("Imported %,d of %,d rows (%,d failed) in %.2f s (%.2f s of it reading the workbooks):"
                        + " %,.0f rows/s%n", imported.imported(), rows, imported.failed(), imported.seconds(),
                imported.readSeconds(), imported.imported() / imported.seconds());
        if (imported.imported() != rows) {
            throw new IllegalStateException("Expected every row imported, " + imported.failed() + " failed: "
                    + imported.firstFailures());
        }

        Baseline copy = copyBaseline(dataSource);
        System.out.printf("COPY of the same rows (%,d volunteers, %,d skills) in %.2f s%n", copy.volunteers(),
                copy.skills(), copy.seconds());
        double ratio = imported.seconds() / copy.seconds();
        System.out.printf("Import / COPY: %.1f× (goal ≤ 3×): %s%n", ratio, ratio <= 3 ? "PASS" : "FAIL");

        String report = options.get("report");
        if (report != null) {
            writeReport(Path.of(report), options, rows, files, imported, copy, serverVersion(dataSource));
            System.out.println("Wrote the figures into " + report);
        }
    }

    /** Writes the rows as workbooks of at most {@link VolunteerWorkbook#MAX_ROWS} rows, in the template's layout. */
    static List<Path> writeWorkbooks(Path dir, int rows) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.newDirectoryStream(dir, "volunteers-*.xlsx")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        String[] origins = originLabels();
        SplittableRandom random = new SplittableRandom(20260101);
        List<Path> files = new ArrayList<>();
        for (int first = 0, part = 1; first < rows; first += VolunteerWorkbook.MAX_ROWS, part++) {
            int last = Math.min(rows, first + VolunteerWorkbook.MAX_ROWS);
            Path file = dir.resolve("volunteers-%03d.xlsx".formatted(part));
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                CellStyle text = workbook.createCellStyle();
                text.setDataFormat(workbook.createDataFormat().getFormat("@"));
                Sheet sheet = workbook.createSheet("志愿者");
                Row header = sheet.createRow(0);
                for (int c = 0; c < HEADERS.length; c++) {
                    header.createCell(c).setCellValue(HEADERS[c]);
                }
                for (int n = first; n < last; n++) {
                    Row row = sheet.createRow(n - first + 1);
                    textCell(row, 0, FakePeople.name(random), text);
                    textCell(row, 1, FakePeople.residentId(ADDRESS_CODE, n), text);
                    textCell(row, 2, PHONE_PREFIXES[n % PHONE_PREFIXES.length] + "%08d".formatted(n), text);
                    textCell(row, 3, origins[random.nextInt(origins.length)], text);
                    int skills = random.nextInt(3);
                    if (skills > 0) {
                        int s = random.nextInt(SKILLS.length);
                        textCell(row, 4, skills == 1 ? SKILLS[s] : SKILLS[s] + "、" + SKILLS[(s + 1) % SKILLS.length],
                                text);
                    }
                }
                workbook.write(out);
            }
            files.add(file);
        }
        return files;
    }

    private static void textCell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The Chinese labels of the origins, as the template lists them (the first of alternatives). */
    private static String[] originLabels() {
        return java.util.Arrays.stream(VolunteerOrigin.values())
                .map(o -> Messages.text("org.civility.core.volunteer.messages", Messages.DEFAULT_LOCALE,
                        "VolunteerOrigin." + o.name(), Map.of()).split("/")[0])
                .toArray(String[]::new);
    }

    private static void recreateDatabase(String url, String user, String password) throws SQLException {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Database name must be a plain identifier: " + name);
        }
        try (Connection c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    private static void addUnits(PGSimpleDataSource dataSource, UnitId institute, UnitId station) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("INSERT INTO civ_unit (id, tier, name, parent_id, region_code, address,"
                     + " version, dissolved) VALUES (?, ?, ?, ?, ?, ?, 0, FALSE)")) {
            Object[][] units = {
                    {institute.toString(), "INSTITUTE", "清溪县第一新时代文明实践所", null, ADDRESS_CODE, "清溪县"},
                    {station.toString(), "STATION", "东山村新时代文明实践站", institute.toString(), ADDRESS_CODE, "东山村委会"}};
            for (Object[] u : units) {
                for (int i = 0; i < u.length; i++) {
                    ps.setObject(i + 1, u[i]);
                }
                ps.executeUpdate();
            }
        }
    }

    record Result(int imported, int failed, double seconds, double readSeconds, List<String> firstFailures) {
    }

    /**
     * Imports the files one after the other as an administrator of {@code institute} into {@code station}, in
     * resource-local transactions as {@code VolunteerImportRegistrar}'s (a slice of rows, or one row), in which the
     * services are built over the transaction's entity manager, as the container's transaction-scoped persistence
     * context gives them to the portal's beans.
     */
    static Result importAll(List<Path> files, String url, String user, String password, UnitId institute,
                            UnitId station) throws IOException {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("civility", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "eclipselink.logging.level", "WARNING"));
        try {
            Actor admin = Actor.of("所管理员", new RoleGrant(Role.ADMINISTRATOR, institute));
            Clock clock = Clock.system(ZONE);
            SettingRegistry registry = SettingRegistry.of(VolunteerSettings.GUARDIAN_CONSENT_BELOW_AGE,
                    VolunteerSettings.MINIMUM_AGE);
            EventPublisher events = event -> { };
            IdSource ids = IdSource.random();
            int imported = 0;
            int failed = 0;
            long reading = 0;
            List<String> failures = new ArrayList<>();
            long started = System.nanoTime();
            for (Path file : files) {
                long read = System.nanoTime();
                List<VolunteerWorkbook.Row> rows = VolunteerWorkbook.read(Files.readAllBytes(file));
                reading += System.nanoTime() - read;
                VolunteerImportJob job = new VolunteerImportJob(UUID.randomUUID(), station, admin.name(), rows.size(),
                        clock.instant());
                Function<EntityManager, VolunteerService> services = em -> {
                    JpaUnitRepository units = new JpaUnitRepository(em);
                    AccessControl access = new AccessControl(new RepositoryUnitHierarchy(units));
                    GovernanceService governance = new GovernanceService(new JpaPolicySettingsRepository(em), units,
                            registry, access, clock, events);
                    return new VolunteerService(new JpaVolunteerRepository(em), access, governance, clock, ids, events);
                };
                VolunteerImports.importRows(job, rows, ZONE,
                        commands -> inOwnTransaction(emf, em -> services.apply(em).registerAll(admin, commands)),
                        command -> inOwnTransaction(emf, em -> services.apply(em).register(admin, command)));
                VolunteerImportJob.Progress progress = job.progress();
                imported += progress.imported();
                failed += progress.failures().size();
                progress.failures().stream().limit(5 - Math.min(5, failures.size()))
                        .forEach(f -> failures.add(file.getFileName() + " row " + f.row() + ": " + f.code().code()));
                System.out.printf("  %s: %,d imported, %,d failed, %.1f s so far%n", file.getFileName(),
                        progress.imported(), progress.failures().size(), seconds(started));
            }
            return new Result(imported, failed, seconds(started), reading / 1e9, failures);
        } finally {
            emf.close();
        }
    }

    private static <T> T inOwnTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    record Baseline(long volunteers, long skills, double seconds) {
    }

    /**
     * Exports what the import stored, then times COPY of it into empty copies of the two tables (columns, defaults,
     * indexes and constraints copied with {@code LIKE … INCLUDING ALL}, the foreign keys added as in the migrations),
     * committed in one transaction.
     */
    static Baseline copyBaseline(PGSimpleDataSource dataSource) throws SQLException, IOException {
        String volunteerColumns = columns(dataSource, "civ_volunteer");
        String skillColumns = columns(dataSource, "civ_volunteer_skill");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS copy_baseline CASCADE");
            s.execute("CREATE SCHEMA copy_baseline");
            s.execute("CREATE TABLE copy_baseline.civ_volunteer (LIKE public.civ_volunteer INCLUDING ALL)");
            s.execute("ALTER TABLE copy_baseline.civ_volunteer ADD FOREIGN KEY (home_unit_id)"
                    + " REFERENCES public.civ_unit (id)");
            s.execute("CREATE TABLE copy_baseline.civ_volunteer_skill (LIKE public.civ_volunteer_skill INCLUDING ALL)");
            s.execute("ALTER TABLE copy_baseline.civ_volunteer_skill ADD FOREIGN KEY (volunteer_id)"
                    + " REFERENCES copy_baseline.civ_volunteer (id)");
            s.execute("ANALYZE");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            byte[] volunteers = export(copy, "public.civ_volunteer", volunteerColumns);
            byte[] skills = export(copy, "public.civ_volunteer_skill", skillColumns);
            c.setAutoCommit(false);
            long started = System.nanoTime();
            long v = copy.copyIn("COPY copy_baseline.civ_volunteer (" + volunteerColumns + ") FROM STDIN",
                    new ByteArrayInputStream(volunteers));
            long k = copy.copyIn("COPY copy_baseline.civ_volunteer_skill (" + skillColumns + ") FROM STDIN",
                    new ByteArrayInputStream(skills));
            c.commit();
            return new Baseline(v, k, seconds(started));
        }
    }

    private static byte[] export(CopyManager copy, String table, String columns) throws SQLException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copy.copyOut("COPY " + table + " (" + columns + ") TO STDOUT", out);
        return out.toByteArray();
    }

    private static String columns(PGSimpleDataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("SELECT string_agg(column_name, ', ' ORDER BY ordinal_position)"
                     + " FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static void writeReport(Path file, Map<String, String> options, int rows, List<Path> files,
                                    Result imported, Baseline copy, String server) throws IOException {
        double ratio = imported.seconds() / copy.seconds();
        String command = "scripts/bench-import" + (rows == 100_000 ? "" : " --rows " + rows);
        StringBuilder b = new StringBuilder();
        b.append(SECTION).append("\n\n");
        b.append("Issue 14's goal P4: importing 100,000 volunteers from Excel takes at most 3× a PostgreSQL `COPY` of"
                + " the same rows, every rule still checked. Measured in one run of `").append(command).append("`"
                + " (civility-benchmarks' `VolunteerImportBenchmark`), which writes the workbooks, imports them into a"
                + " fresh database of its own (`civility_import_bench`, migrated with Civility's Flyway migrations, an"
                + " institute and a station) and then times the baseline. The figures below are written by the"
                + " script; run it again to replace them.\n\n");
        b.append("- **Workbooks**: the import template's columns, every row valid (made-up names, GB 11643 ID numbers"
                + " with their check character, unique phones, an origin label, 0–2 skills), in ")
                .append(files.size()).append(" files of at most ")
                .append("%,d".formatted(VolunteerWorkbook.MAX_ROWS))
                .append(" rows, the most one upload takes (`VolunteerWorkbook.MAX_ROWS`); writing them is not timed.\n");
        b.append("- **Import**: the portal's code path without HTTP: each file read by `VolunteerWorkbook.read`, its"
                + " rows run through `VolunteerImports.importRows`, every row registered by core's `VolunteerService`"
                + " (access, ID number and check character, age and guardian policies, one registration per ID number)"
                + " over the JPA repositories on EclipseLink with its own connection pool, in the transactions"
                + " `VolunteerImportRegistrar` opens in the container; the files one after the other, as an"
                + " administrator of the institute. Timed from the first file read to the last row committed.\n");
        b.append("- **Baseline**: the rows the import stored (`civ_volunteer` and `civ_volunteer_skill`), exported with"
                + " `COPY … TO STDOUT`, then `COPY … FROM STDIN` into empty copies of the two tables (same columns,"
                + " indexes and foreign keys), one transaction, timed from the first COPY to the commit.\n\n");
        b.append("Machine: ").append(machine(server)).append("; measured on ").append(LocalDate.now(ZONE))
                .append(options.containsKey("label") ? " (" + options.get("label") + ")" : "").append(".\n\n");
        b.append("| what | rows | seconds | rows/s | ratio to COPY | goal | result |\n");
        b.append("|---|---:|---:|---:|---:|---|---|\n");
        b.append("| baseline: `COPY` of the stored rows | %,d volunteers + %,d skills | %.2f | %,.0f | 1.0 | baseline | |\n"
                .formatted(copy.volunteers(), copy.skills(), copy.seconds(), copy.volunteers() / copy.seconds()));
        b.append("| import from Excel (of it reading the workbooks: %.2f s) | %,d | %.2f | %,.0f | %.1f | ≤ 3.0 | %s |\n"
                .formatted(imported.readSeconds(), rows, imported.seconds(), rows / imported.seconds(), ratio,
                        ratio <= 3 ? "**PASS**" : "**FAIL**"));
        String extra = options.get("notes");
        if (extra != null && !extra.isBlank()) {
            b.append('\n').append(Files.readString(Path.of(extra), StandardCharsets.UTF_8).strip()).append('\n');
        }
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Files.writeString(file, replaceSection(text, b.toString()), StandardCharsets.UTF_8);
    }

    /** {@code text} with its P4 section replaced by {@code section}, or {@code section} appended. */
    static String replaceSection(String text, String section) {
        int start = text.indexOf(SECTION + "\n");
        if (start < 0) {
            return (text.isEmpty() || text.endsWith("\n\n") ? text : text.endsWith("\n") ? text + "\n" : text + "\n\n")
                    + section;
        }
        int end = text.indexOf("\n## ", start + SECTION.length());
        return text.substring(0, start) + section + (end < 0 ? "" : "\n" + text.substring(end + 1));
    }

    private static String serverVersion(PGSimpleDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW server_version")) {
            r.next();
            return r.getString(1).replaceAll(" .*", "");
        }
    }

    private static String machine(String server) {
        String cpu = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        } catch (IOException e) {
            // not Linux: the model stays unknown
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return "%d cores (%s), Java %s, PostgreSQL %s on the same machine, load average %.1f at the end of the run"
                .formatted(Runtime.getRuntime().availableProcessors(), cpu, Runtime.version().feature(), server, load);
    }

    private static long size(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            options.put(name, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "");
        }
        return options;
    }
}
