package org.civility.portal.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.civility.core.account.SignInSession;
import org.civility.core.account.SignInSessions;
import org.civility.core.memory.InMemorySignInSessionRepository;
import org.civility.portal.Api;
import org.civility.portal.FreshDatabase;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A province's cluster (docs/operations.md): two Payara Micro nodes of the packaged portal, clustered by Payara's
 * Hazelcast over TCP on 127.0.0.1, behind nginx on a loopback port, over one PostgreSQL database of their own. A
 * sign-in made on one node works on the other; the scheduled jobs take their rows in {@code civ_shedlock} (ADR 0041);
 * an import started on one node is followed to its end on the other; R-ORD-1 holds for 50 volunteers accepting one order through both nodes; a node killed with SIGKILL during a load
 * loses none of the writes it acknowledged.
 */
@OwnPortal
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    private static final String PASSWORD = DemoData.DEMO_PASSWORD;
    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String HAIRCUT = DemoData.MENU_HAIRCUT.toString();

    private FreshDatabase db;
    private PortalProcess node1;
    private PortalProcess node2;
    private Nginx nginx;

    @BeforeAll
    void aClusterOfTwoNodesBehindNginx() throws Exception {
        db = FreshDatabase.postgresql();
        Map<String, String> env = new HashMap<>(db.settings());
        env.put("CIVILITY_ORDERS_ESCALATE_EVERY", "PT2S");
        Map<String, String> withDemo = new HashMap<>(env);
        withDemo.put("CIVILITY_DEMO", "true");
        int grid1 = PortalProcess.freePort();
        int grid2 = PortalProcess.freePort();
        String cluster = "civility-it-" + UUID.randomUUID().toString().substring(0, 8);
        // One after the other (on two shared cores, starting both at once takes as long in all and risks either's
        // deadline): the first migrates the schema and loads the demo, the second finds both done and joins the first.
        node1 = PortalProcess.startClustered("cluster-node-1", withDemo, clusterOptions(cluster, grid1, grid1, "node-1"));
        node2 = PortalProcess.startClustered("cluster-node-2", env, clusterOptions(cluster, grid1, grid2, "node-2"));
        nginx = Nginx.inFrontOf("cluster", List.of(node1.port(), node2.port()));
    }

    private static List<String> clusterOptions(String cluster, int firstMember, int ownPort, String name) {
        return List.of("--clustermode", "tcpip:127.0.0.1:" + firstMember, "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(ownPort), "--clustername", cluster, "--nohostaware", "--name", name);
    }

    @AfterAll
    void stopEverything() {
        try (FreshDatabase ignoredDb = db; PortalProcess ignored1 = node1; PortalProcess ignored2 = node2;
             Nginx ignoredNginx = nginx) {
            LOG.info("cluster IT: stopping nginx, both nodes and dropping the database");
        }
    }

    @Test
    @Order(1)
    void theNodesFormOnePayaraCluster() {
        await("both nodes in one Hazelcast cluster").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> node2.log().contains("DG Size: 2") || node1.log().contains("DG Size: 2")
                        || node2.log().contains("Members {size:2") || node1.log().contains("Members {size:2"));
    }

    @Test
    @Order(2)
    void aSignInMadeOnOneNodeWorksOnTheOtherAndThroughNginx() {
        String token = signIn(Api.at(node1.url()), "station-head");
        String viaNginx = signIn(Api.at(nginx.url()), "station-head");

        for (String t : List.of(token, viaNginx)) {
            assertThat(me(Api.at(node1.url()), t)).isEqualTo("station-head");
            assertThat(me(Api.at(node2.url()), t)).isEqualTo("station-head");
        }
        Set<String> upstreams = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Api.Reply reply = Api.at(nginx.url()).withHeader("Authorization", "Bearer " + token).get("api/v1/me");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            upstreams.add(reply.header("X-Upstream"));
        }
        assertThat(upstreams).as("nginx spreads the requests over both nodes")
                .containsExactlyInAnyOrder("127.0.0.1:" + node1.port(), "127.0.0.1:" + node2.port());

        Api.Reply out = Api.at(node2.url()).withHeader("Authorization", "Bearer " + token).delete("api/v1/sessions/current");
        assertThat(out.status()).as(out.toString()).isBetween(200, 204);
        // ADR 0040: node 1 may have resolved the token in the last five seconds and reuse that for at most as long.
        await("signed out on node 2, the token is gone on node 1 too")
                .atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> Api.at(node1.url()).withHeader("Authorization", "Bearer " + token).get("api/v1/me")
                        .status() == 401);
    }

    @Test
    @Order(3)
    void theScheduledJobsTakeTheirRowsInTheSharedLockTable() {
        await("the scheduled jobs' lock rows").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> lockRows().containsAll(Set.of("order-escalation", "forgotten-check-outs", "notice-dispatch")));
    }

    @Test
    @Order(4)
    void anImportRunningOnOneNodeIsFollowedOnTheOther() throws Exception {
        // given a file of 120 volunteers, the 7th with a malformed phone number
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(new String[]{"导入志愿者" + i, residentId(300 + i), i == 6 ? "137000" : "137" + String.format("%08d", i)});
        }
        String imports = "api/v1/units/" + STATION + "/volunteer-imports";

        // when it is uploaded to node 1
        Api.Reply started = Api.at(node1.url()).as("station-admin", PASSWORD).postBytes(imports,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook(rows));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);

        // then node 2 follows it to its end, with the row that failed and why
        String job = imports + "/" + started.string("id");
        Api onNode2 = Api.at(node2.url()).as("station-admin", PASSWORD);
        var done = await("the import " + job + " done, seen on node 2").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> onNode2.get(job), r -> r.status() == 200 && r.json().getBoolean("done")).json();
        assertThat(done.getInt("processed")).isEqualTo(120);
        assertThat(done.getInt("imported")).isEqualTo(119);
        assertThat(done.getJsonArray("failed").getJsonObject(0).getInt("row")).isEqualTo(8);
        assertThat(done.getJsonArray("failed").getJsonObject(0).getString("code")).isEqualTo("VOLUNTEER-PHONE-FORMAT");
        assertThat(done.getJsonArray("failed").getJsonObject(0).getString("title")).isEqualTo("手机号格式错误");
    }

    private static byte[] workbook(List<String[]> rows) throws java.io.IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            var header = sheet.createRow(0);
            String[] headers = {"姓名", "身份证号", "手机号"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).length; i++) {
                    row.createCell(i).setCellValue(rows.get(r)[i]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @Order(5)
    void fiftyVolunteersAcceptOneOrderThroughBothNodesAndExactlyOneWins() throws Exception {
        // given an order open for grabs and fifty volunteers of the station, each signed in (a session of their own)
        String order = anOrderOpenForGrabs();
        List<String> tokens = fiftySignedInVolunteersOfTheStation();
        List<Api> accepting = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            accepting.add(Api.at((i % 2 == 0 ? node1 : node2).url()).withHeader("Authorization", "Bearer " + tokens.get(i)));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            // when they all accept at once, half through each node
            for (Api api : accepting) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return api.post("api/v1/orders/" + order + "/accept", "");
                }));
            }
            go.countDown();
            List<Api.Reply> answered = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                answered.add(f.get(120, TimeUnit.SECONDS));
            }

            // then exactly one wins, the other 49 get the coded conflict
            assertThat(answered).filteredOn(r -> r.status() == 200).hasSize(1);
            assertThat(answered).filteredOn(r -> r.status() != 200).hasSize(49)
                    .allSatisfy(r -> {
                        assertThat(r.status()).as(r.toString()).isEqualTo(409);
                        assertThat(r.string("code")).isEqualTo("ORDER-ALREADY-ACCEPTED");
                    });
            String winner = answered.stream().filter(r -> r.status() == 200).findFirst().orElseThrow()
                    .json().getString("acceptedBy");
            var stored = Api.at(node2.url()).as("station-admin", PASSWORD).get("api/v1/orders/" + order);
            assertThat(stored.json().getString("status")).isEqualTo("ACCEPTED");
            assertThat(stored.json().getString("acceptedBy")).isEqualTo(winner);
            assertThat(stored.json().getJsonArray("history").stream()
                    .filter(s -> s.asJsonObject().getString("action").equals("ACCEPT")).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(6)
    void aNodeKilledDuringALoadLosesNoWriteItAcknowledged() throws Exception {
        // given residents placing orders through nginx, eight at a time
        String token = signIn(Api.at(nginx.url()), "resident");
        Api resident = Api.at(nginx.url()).withHeader("Authorization", "Bearer " + token);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger afterKill = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(8);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            writers.add(load.submit(() -> {
                while (!stop.get()) {
                    String recipient = "孙大妈-" + UUID.randomUUID().toString().substring(0, 8);
                    try {
                        Api.Reply placed = resident.post("api/v1/orders", """
                                {"unit":"%s","menuItem":"%s","recipient":"%s"}""".formatted(STATION, HAIRCUT, recipient));
                        if (placed.status() / 100 == 2) {
                            acknowledged.put(placed.string("id"), recipient);
                            if (killed.get()) {
                                afterKill.incrementAndGet();
                            }
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (RuntimeException connectionLost) {
                        refused.incrementAndGet();
                    }
                }
            }));
        }
        try {
            // when node 2 is killed (kill -9) in the middle of it
            await("40 orders acknowledged").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> acknowledged.size() >= 40);
            node2.kill();
            killed.set(true);
            assertThat(node2.alive()).isFalse();
            await("40 more orders acknowledged by the node left").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(50)).until(() -> afterKill.get() >= 40);
        } finally {
            stop.set(true);
            load.shutdown();
            assertThat(load.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        }
        for (Future<?> writer : writers) {
            writer.get();
        }

        // then every acknowledged order is in the database
        Set<String> stored = new HashSet<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("select id from civ_service_order");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                stored.add(rs.getString(1));
            }
        }
        System.out.println("cluster IT: " + acknowledged.size() + " orders acknowledged (" + afterKill.get()
                + " after the kill), " + refused.get() + " refused or cut off");
        assertThat(stored).containsAll(acknowledged.keySet());
    }

    private String anOrderOpenForGrabs() {
        Api resident = Api.at(node1.url()).as("resident", PASSWORD);
        Api.Reply placed = resident.post("api/v1/orders", """
                {"unit":"%s","menuItem":"%s","recipient":"%s"}""".formatted(STATION, HAIRCUT, "赵大爷-" + UUID.randomUUID()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String id = placed.string("id");
        Api admin = Api.at(node2.url()).as("station-admin", PASSWORD);
        Api.Reply reviewed = admin.post("api/v1/orders/" + id + "/review", "{\"note\":\"ok\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        Api.Reply open = admin.post("api/v1/orders/" + id + "/open-for-grabs", "");
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        return id;
    }

    /**
     * Fifty volunteers at the demo station, each with an account and a sign-in session: copies of the demo volunteer's
     * rows under new ids, usernames, resident ids and phone numbers, and sessions opened by core's
     * {@link SignInSessions}, written straight into the database (fifty password checks would take minutes on two
     * shared cores; signing in across nodes is the second test's). Returns their bearer tokens.
     */
    private List<String> fiftySignedInVolunteersOfTheStation() throws SQLException {
        List<String> tokens = new ArrayList<>();
        SignInSessions sessions = new SignInSessions(new InMemorySignInSessionRepository(), Clock.systemUTC());
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 50; i++) {
                String volunteer = UUID.randomUUID().toString();
                String username = "cluster-volunteer-" + i;
                copyRow(c, "civ_volunteer", "id", DemoData.DEMO_VOLUNTEER.toString(), Map.of("id", volunteer,
                        "real_name", "志愿者" + i, "resident_id", residentId(i), "phone", "139" + String.format("%08d", i),
                        "version", 0L));
                copyRow(c, "civ_account", "username", "volunteer", Map.of("username", username, "id",
                        UUID.randomUUID().toString(), "display_name", "志愿者" + i, "volunteer_id", volunteer,
                        "version", 0L));
                try (PreparedStatement s = c.prepareStatement("insert into civ_account_grant (username, role, unit_id) "
                        + "select ?, role, unit_id from civ_account_grant where username = 'volunteer'")) {
                    s.setString(1, username);
                    s.executeUpdate();
                }
                SignInSessions.Opened opened = sessions.open(username);
                try (PreparedStatement s = c.prepareStatement("insert into civ_sign_in_session (token_digest, username, "
                        + "created_at, last_used_at, expires_at) values (?, ?, ?, ?, ?)")) {
                    SignInSession session = opened.session();
                    s.setString(1, session.digest());
                    s.setString(2, username);
                    s.setObject(3, LocalDateTime.ofInstant(session.createdAt(), ZoneOffset.UTC));
                    s.setObject(4, LocalDateTime.ofInstant(session.lastUsedAt(), ZoneOffset.UTC));
                    s.setObject(5, LocalDateTime.ofInstant(session.expiresAt(), ZoneOffset.UTC));
                    s.executeUpdate();
                }
                tokens.add(opened.token());
            }
            c.commit();
        }
        return tokens;
    }

    private static void copyRow(Connection c, String table, String key, String value, Map<String, Object> changes)
            throws SQLException {
        Map<String, Object> row = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select * from " + table + " where " + key + " = ?")) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as(table + " " + value).isTrue();
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toLowerCase(), rs.getObject(i));
                }
            }
        }
        row.putAll(changes);
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (PreparedStatement s = c.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")")) {
            int i = 1;
            for (Object v : row.values()) {
                s.setObject(i++, v);
            }
            s.executeUpdate();
        }
    }

    /** A well-formed resident id (GB 11643 check digit), born 1990-01-01 in Beijing, sequence {@code n}. */
    static String residentId(int n) {
        String body = "11010119900101" + String.format("%03d", 100 + n);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private Set<String> lockRows() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("select name from civ_shedlock");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String signIn(Api api, String username) {
        Api.Reply reply = api.post("api/v1/sessions", """
                {"username":"%s","password":"%s"}""".formatted(username, PASSWORD));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.string("token");
    }

    private static String me(Api api, String token) {
        Api.Reply reply = api.withHeader("Authorization", "Bearer " + token).get("api/v1/me");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getString("name");
    }
}
