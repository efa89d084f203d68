package org.civility.portal.outage;

import org.civility.portal.Api;
import org.civility.portal.FreshDatabase;
import org.civility.portal.OwnPortal;
import org.civility.portal.PortalProcess;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database goes away under load and comes back (DOMAIN §6a): a TCP proxy of the test's own sits between the
 * packaged portal and a database of its own, on PostgreSQL and on MariaDB. Twenty clients place orders, and one checks a
 * volunteer in and out, while the proxy is cut and restored (the phases move on when enough answers came, not after
 * fixed times). Then: every answer was 2xx, 503 DATABASE-UNAVAILABLE
 * (problem+json, {@code Retry-After}, fast) or a coded 4xx, never 500; requests succeed again within 10 s of the
 * restore, without a restart; every order and record answered 2xx is in the database, once: orders refused with 503
 * are sent again with their {@code Idempotency-Key} until acknowledged, and none is stored twice or half; the notice
 * outbox still sends. During the cut {@code /health/ready} is DOWN and {@code /health/live} UP, and neither
 * names a host, a port or a driver's message.
 */
@OwnPortal
class DatabaseOutageIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String PASSWORD = DemoData.DEMO_PASSWORD;
    private static final int ORDER_CLIENTS = 20;
    /** Orders placed before the cut, and again after the restore, before the load moves on. */
    private static final int ORDERS_PER_PHASE = 40;
    /** Refusals during the cut before it is restored. */
    private static final int REFUSALS = 40;

    @Test
    void postgresql() throws Exception {
        survivesACut(FreshDatabase.postgresql());
    }

    @Test
    void mariadb() throws Exception {
        survivesACut(FreshDatabase.mariadb());
    }

    /** One answer to one request: what was sent (the order's recipient, or a record's code), the status, the body. */
    private record Answer(String kind, String marker, int status, String code, String retryAfter, String id,
                          long millis, boolean duringCut, boolean replayed) {
    }

    private void survivesACut(FreshDatabase database) throws Exception {
        try (FreshDatabase db = database; TcpProxy proxy = TcpProxy.to(db.server().getHost(), db.server().getPort())) {
            Map<String, String> env = new HashMap<>(db.settingsThrough(proxy.port()));
            env.put("CIVILITY_DEMO", "true");
            try (PortalProcess portal = PortalProcess.start("outage-" + db.kind(), env)) {
                Api api = Api.at(portal.url());
                Api resident = api.as("resident", PASSWORD);
                assertThat(resident.get("api/v1/me").status()).isEqualTo(200);

                ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicBoolean cut = new AtomicBoolean(false);
                ExecutorService clients = Executors.newFixedThreadPool(ORDER_CLIENTS + 1);
                for (int i = 0; i < ORDER_CLIENTS; i++) {
                    clients.submit(() -> placeOrders(resident, running, cut, answers));
                }
                clients.submit(() -> checkInAndOut(api, running, cut, answers));

                await(ORDERS_PER_PHASE + " orders placed before the cut").atMost(Duration.ofMinutes(2))
                        .until(() -> count(answers, 201, "order") >= ORDERS_PER_PHASE);
                cut.set(true);
                proxy.cut();
                await("the portal to notice the cut").atMost(Duration.ofSeconds(15))
                        .until(() -> api.getFromServerRoot("/health/ready").status() == 503);
                Api.Reply ready = api.getFromServerRoot("/health/ready");
                Api.Reply live = api.getFromServerRoot("/health/live");
                await(REFUSALS + " requests refused during the cut").atMost(Duration.ofMinutes(1))
                        .until(() -> count(answers, 503, "order") >= REFUSALS);

                proxy.restore();
                cut.set(false);
                Instant restoredAt = Instant.now();
                Api.Reply firstAfter = await("an order placed again after the restore").atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> resident.post("api/v1/orders", order("恢复后-" + UUID.randomUUID())),
                                r -> r.status() == 201);
                Duration recovery = Duration.between(restoredAt, Instant.now());
                long before = count(answers, 201, "order");
                await(ORDERS_PER_PHASE + " more orders placed after the restore").atMost(Duration.ofMinutes(2))
                        .until(() -> count(answers, 201, "order") >= before + ORDERS_PER_PHASE);
                running.set(false);
                clients.shutdown();
                assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

                // Health during the cut: not ready, alive, and nothing about where the database is.
                assertThat(ready.status()).isEqualTo(503);
                assertThat(ready.body()).contains("DOWN").doesNotContain("127.0.0.1").doesNotContain(
                        String.valueOf(proxy.port())).doesNotContainIgnoringCase("connection").doesNotContain(
                        "jdbc");
                assertThat(live.status()).isEqualTo(200);
                assertThat(live.body()).contains("UP");
                assertThat(firstAfter.status()).isEqualTo(201);
                assertThat(recovery).isLessThan(Duration.ofSeconds(10));

                List<Answer> all = new ArrayList<>(answers);
                Map<Integer, Long> byStatus = all.stream().collect(Collectors.groupingBy(Answer::status,
                        Collectors.counting()));
                System.out.printf("%s outage: %d requests, by status %s, slowest 503 %d ms, first order %d ms "
                                + "after the restore%n", db.kind(), all.size(), byStatus, all.stream()
                                .filter(a -> a.status() == 503).mapToLong(Answer::millis).max().orElse(0),
                        recovery.toMillis());
                assertThat(all).as("answers during the load").isNotEmpty();
                assertThat(all).filteredOn(a -> a.status() >= 500 && a.status() != 503)
                        .as(() -> "5xx other than 503; the portal logged:\n"
                                + portal.entries("Unexpected failure", 3, 60))
                        .isEmpty();
                assertThat(all).filteredOn(a -> a.status() == 503).as("503s during the cut").isNotEmpty()
                        .allSatisfy(a -> {
                            assertThat(a.code()).isEqualTo("DATABASE-UNAVAILABLE");
                            assertThat(a.retryAfter()).isNotNull();
                            assertThat(a.millis()).as("answered fast").isLessThan(10_000);
                        });

                // What was acknowledged is stored once; what was not left nothing, or the whole order (a commit whose
                // answer was lost with the connection: sent again with its key, it was answered with that order).
                try (Connection c = db.connect()) {
                    Map<String, List<Answer>> byOrder = all.stream().filter(a -> a.kind().equals("order"))
                            .collect(Collectors.groupingBy(Answer::marker));
                    for (var order : byOrder.entrySet()) {
                        long stored = count(c, "SELECT COUNT(*) FROM civ_service_order WHERE recipient = ?",
                                order.getKey());
                        List<String> ids = order.getValue().stream().filter(a -> a.status() == 201)
                                .map(Answer::id).distinct().toList();
                        assertThat(ids).as("order %s acknowledged as one order", order.getKey()).hasSizeLessThan(2);
                        if (ids.isEmpty()) {
                            assertThat(stored).as("order %s never acknowledged", order.getKey()).isLessThan(2);
                        } else {
                            assertThat(stored).as("order %s acknowledged", order.getKey()).isEqualTo(1);
                            assertThat(count(c, "SELECT COUNT(*) FROM civ_service_order_step WHERE order_id = ?",
                                    ids.getFirst())).as("its history").isPositive();
                        }
                    }
                    for (Answer a : all) {
                        if (a.kind().equals("check-in") && a.status() == 201) {
                            assertThat(count(c, "SELECT COUNT(*) FROM civ_service_record WHERE id = ?", a.id()))
                                    .as("record %s acknowledged", a.id()).isEqualTo(1);
                        }
                    }
                    System.out.printf("%s outage: %d orders, %d answered again from their key%n", db.kind(),
                            byOrder.size(), all.stream().filter(Answer::replayed).count());
                }

                // The outbox carries on: a notice created after the restore is sent.
                Api admin = api.as("station-admin", PASSWORD);
                Api.Reply notice = admin.post("api/v1/notices", notice());
                assertThat(notice.status()).as(notice.toString()).isEqualTo(201);
                await("the notice sent after the restore").atMost(Duration.ofSeconds(60))
                        .until(() -> admin.get("api/v1/notices/" + notice.string("id")).json()
                                .getJsonArray("deliveries").getValuesAs(jakarta.json.JsonObject.class).stream()
                                .allMatch(d -> "SENT".equals(d.getString("status"))));
            }
        }
    }

    private static long count(ConcurrentLinkedQueue<Answer> answers, int status, String kind) {
        return answers.stream().filter(a -> a.status() == status && a.kind().equals(kind)).count();
    }

    /**
     * Places orders one after the other, each with an {@code Idempotency-Key} of its own; an order refused with 503 (or
     * 409 while its first sending is answered) is sent again with its key after the client's back-off, as a client
     * honouring {@code Retry-After} would (capped at a quarter second to keep the load up), until it is acknowledged or
     * the load ends.
     */
    private static void placeOrders(Api resident, AtomicBoolean running, AtomicBoolean cut,
                                    ConcurrentLinkedQueue<Answer> answers) {
        while (running.get()) {
            String marker = "停电-" + UUID.randomUUID().toString().substring(0, 13);
            Api keyed = resident.withHeader("Idempotency-Key", UUID.randomUUID().toString());
            Answer answer;
            do {
                boolean duringCut = cut.get();
                long start = System.nanoTime();
                answer = answer("order", marker, keyed.post("api/v1/orders", order(marker)), start, duringCut);
                answers.add(answer);
                if (answer.status() == 503 || answer.status() == 409) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(250));
                }
            } while ((answer.status() == 503 || answer.status() == 409) && running.get());
        }
    }

    /** A volunteer checks in and out with a code of its own each round (R-REC-1: one place at a time). */
    private static void checkInAndOut(Api api, AtomicBoolean running, AtomicBoolean cut,
                                      ConcurrentLinkedQueue<Answer> answers) {
        Api admin = api.as("station-admin", PASSWORD);
        Api volunteer = api.as("volunteer", PASSWORD);
        while (running.get()) {
            boolean duringCut = cut.get();
            long start = System.nanoTime();
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
            Api.Reply opened = admin.post("api/v1/check-in-codes", """
                    {"unitId":"%s","description":"停电演练","where":"圆东村新时代文明实践站",
                     "scheduledStart":"%s","scheduledEnd":"%s"}""".formatted(STATION, now.minusMinutes(5),
                    now.plusHours(1)));
            answers.add(answer("code", "", opened, start, duringCut));
            if (opened.status() != 201) {
                continue;
            }
            String code = opened.string("code");
            start = System.nanoTime();
            Api.Reply in = volunteer.post("api/v1/service-records/check-ins", "{\"code\":\"%s\"}".formatted(code));
            answers.add(answer("check-in", code, in, start, duringCut));
            start = System.nanoTime();
            Api.Reply out = volunteer.post("api/v1/service-records/check-outs", "{\"code\":\"%s\"}".formatted(code));
            answers.add(answer("check-out", code, out, start, duringCut));
        }
    }

    private static Answer answer(String kind, String marker, Api.Reply reply, long startNanos, boolean duringCut) {
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        boolean json = reply.contentType() != null && reply.contentType().contains("json") && reply.body().startsWith("{");
        String code = json && reply.status() >= 400 ? reply.string("code") : null;
        String id = json && reply.status() < 300 ? reply.string("id") : null;
        return new Answer(kind, marker, reply.status(), code, reply.header("Retry-After"), id, millis, duringCut,
                "true".equals(reply.header("Idempotent-Replayed")));
    }

    private static String order(String recipient) {
        return """
                {"unit":"%s","menuItem":"%s","recipient":"%s"}""".formatted(STATION, DemoData.MENU_HAIRCUT, recipient);
    }

    private static String notice() {
        return """
                {"unitId": "%s", "subjectKind": "ACTIVITY", "subjectId": "%s", "title": "恢复后的通知",
                 "body": "数据库恢复后发出的通知。", "place": "村文化礼堂",
                 "startsAt": "%s", "channels": ["SMS"]}""".formatted(STATION, UUID.randomUUID(),
                OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(3).truncatedTo(ChronoUnit.MINUTES));
    }

    private static long count(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
