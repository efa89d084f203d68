package org.civility.benchmarks.county;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civility.core.account.Pbkdf2PasswordHasher;
import org.civility.core.organisation.UnitId;
import org.civility.core.record.CheckInCode;
import org.civility.core.record.CheckInCodeId;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Prepares a county made by {@link CountyGenerator} for the load of a day of many check-ins (学雷锋日, issue 14's P6)
 * and for the writes of P1: a check-in code open now at every station, an account for each of the first
 * {@code --volunteers} active volunteers (by id) and for each volunteer an order is offered to, with a
 * {@code VOLUNTEER} grant at their home station and a signed-in session whose bearer token is written out. Writes two
 * files for the load scripts: {@code check-ins-p1.csv} (the last {@code --p1-pairs}, 15,000 by default) and
 * {@code check-ins-p6.csv} (the others) with {@code token,code}, a volunteer's token and their station's code, and
 * {@code accepts.csv} ({@code token,order}: an offered order and its volunteer's token).
 *
 * <p>Rows go in through {@code COPY}, like the county's: an account's password is one PBKDF2 hash shared by all
 * (nobody signs in with it; the sessions are what the load uses), a session is stored as the SHA-256 digest of its
 * token as the portal stores it, a code is made by core's {@link CheckInCode#open} so that it is one the portal
 * could have opened. The codes take check-ins from now for {@code --hours} (3 by default).
 *
 * <p>Usage: {@code PeakSetup --url jdbc:postgresql://… [--volunteers 60000] [--p1-pairs 15000] [--hours 3]
 * [--out target/peak]}.
 */
public final class PeakSetup {

    private static final String OPENED_BY = "peak-setup";

    private PeakSetup() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/civility_peak"));
        dataSource.setUser(options.getOrDefault("user", "postgres"));
        dataSource.setPassword(options.getOrDefault("password", ""));
        int volunteers = Integer.parseInt(options.getOrDefault("volunteers", "60000"));
        Duration open = Duration.ofHours(Long.parseLong(options.getOrDefault("hours", "3")));
        Path out = Path.of(options.getOrDefault("out", "target/peak"));
        Files.createDirectories(out);
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            int[] made = setUp(c, volunteers, Integer.parseInt(options.getOrDefault("p1-pairs", "15000")), open, out);
            c.commit();
            System.out.printf("Peak set up in %.1f s: %,d codes, %,d accounts with sessions, %,d check-in pairs,"
                            + " %,d offered orders (files in %s)%n", (System.nanoTime() - started) / 1e9,
                    made[0], made[1], made[2], made[3], out);
        }
    }

    private static int[] setUp(Connection c, int volunteers, int p1Pairs, Duration open, Path out)
            throws SQLException, IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SecureRandom random = new SecureRandom();
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();

        Map<String, String> codeOfStation = new LinkedHashMap<>();
        CopyTable codes = new CopyTable("civ_check_in_code", "id, unit_id, activity_id, description, place,"
                + " scheduled_start, scheduled_end, check_in_from, check_out_until, digits, issue, opened_by, opened_at,"
                + " version, link_token");
        int digits = 100_000;
        for (String station : strings(c, "SELECT id FROM civ_unit WHERE tier = 'STATION' AND NOT dissolved ORDER BY id")) {
            String six = String.valueOf(digits++);
            CheckInCode code = CheckInCode.open(new CheckInCodeId(UUID.randomUUID()), new UnitId(UUID.fromString(station)),
                    Optional.empty(), "学雷锋日志愿服务", "新时代文明实践站", now, now.plus(open), Duration.ZERO,
                    Duration.ofHours(1), six, HexFormat.of().formatHex(bytes(random, 16)), 1, OPENED_BY, now);
            codes.row(code.id().value(), station, null, code.description(), code.where(), code.scheduledStart(),
                    code.scheduledEnd(), code.checkInFrom(), code.checkOutUntil(), code.code(), code.issue(),
                    OPENED_BY, now, 0, code.linkToken());
            codeOfStation.put(station, six);
        }
        codes.copy(copy);

        List<String[]> checkIns = rows(c, "SELECT id, home_unit_id FROM civ_volunteer WHERE status = 'ACTIVE'"
                + " ORDER BY id LIMIT " + volunteers);
        List<String[]> offered = rows(c, "SELECT o.id, o.offered_id, v.home_unit_id FROM civ_service_order o"
                + " JOIN civ_volunteer v ON v.id = o.offered_id WHERE o.status = 'OFFERED'"
                + " AND o.offered_kind = 'VOLUNTEER' AND v.status = 'ACTIVE' ORDER BY o.id");
        Map<String, String> homeOf = new LinkedHashMap<>();
        checkIns.forEach(v -> homeOf.put(v[0], v[1]));
        offered.forEach(o -> homeOf.putIfAbsent(o[1], o[2]));

        String hash = new Pbkdf2PasswordHasher().hash("peak-" + UUID.randomUUID()).encoded();
        CopyTable accounts = new CopyTable("civ_account", "username, password_hash, display_name, volunteer_id,"
                + " version, id, state, credential_kind, created_at, updated_at");
        CopyTable grants = new CopyTable("civ_account_grant", "username, role, unit_id");
        CopyTable sessions = new CopyTable("civ_sign_in_session",
                "token_digest, username, created_at, last_used_at, expires_at");
        Set<String> taken = new LinkedHashSet<>(strings(c, "SELECT username FROM civ_account"));
        Map<String, String> tokenOf = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : homeOf.entrySet()) {
            String username = "volunteer-" + v.getKey().replace("-", "").substring(0, 12);
            if (!taken.add(username)) {
                continue;
            }
            String token = HexFormat.of().formatHex(bytes(random, 32));
            accounts.row(username, hash, "志愿者" + username.substring(10, 14), v.getKey(), 0,
                    UUID.randomUUID().toString(), "ACTIVE", "PASSWORD", now, now);
            grants.row(username, "VOLUNTEER", v.getValue());
            sessions.row(sha256(token), username, now, now, now.plus(Duration.ofHours(12)));
            tokenOf.put(v.getKey(), token);
        }
        accounts.copy(copy);
        grants.copy(copy);
        sessions.copy(copy);

        List<String> pairs = new ArrayList<>();
        for (String[] v : checkIns) {
            String token = tokenOf.get(v[0]);
            if (token != null) {
                pairs.add(token + "," + codeOfStation.get(v[1]));
            }
        }
        int forP1 = Math.min(p1Pairs, pairs.size() / 2);
        write(out.resolve("check-ins-p6.csv"), "token,code", pairs.subList(0, pairs.size() - forP1));
        write(out.resolve("check-ins-p1.csv"), "token,code", pairs.subList(pairs.size() - forP1, pairs.size()));
        int accepts = 0;
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("accepts.csv"), StandardCharsets.UTF_8))) {
            w.println("token,order");
            for (String[] o : offered) {
                String token = tokenOf.get(o[1]);
                if (token != null) {
                    w.println(token + "," + o[0]);
                    accepts++;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE civ_account");
            s.execute("ANALYZE civ_account_grant");
            s.execute("ANALYZE civ_sign_in_session");
            s.execute("ANALYZE civ_check_in_code");
        }
        return new int[]{codeOfStation.size(), tokenOf.size(), pairs.size(), accepts};
    }

    private static void write(Path file, String header, List<String> lines) throws IOException {
        List<String> all = new ArrayList<>(lines.size() + 1);
        all.add(header);
        all.addAll(lines);
        Files.write(file, all, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** The digest a session is stored under: SHA-256 of the token, in hex, as core's {@code SignInSessions} keeps it. */
    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        return rows(c, sql).stream().map(r -> r[0]).toList();
    }

    private static List<String[]> rows(Connection c, String sql) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) {
                    row[i] = r.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
