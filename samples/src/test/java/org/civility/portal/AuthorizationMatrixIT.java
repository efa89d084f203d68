package org.civility.portal;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.civility.portal.setup.DemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what: every operation of the OpenAPI document, sent once by every demo role, by the head of the
 * neighbouring station 圆西村 and by an anonymous caller, against the demo station 圆东村. A cell is {@code allow} (2xx), {@code deny} (401 or
 * 403) or the status that answered before any decision (the input did not fit: 400, 404, 409, 422…).
 *
 * <p>The expected table is {@code authorization-matrix.tsv} beside this class's resources. The test fails when an
 * answer is 2xx where the table does not say {@code allow} (an opening outside the allow list) and when a cell the
 * table allows is now denied (so the table stays true). The observed matrix is always written to
 * {@code target/authorization-matrix.md} (and its TSV beside it); with {@code -Dcivility.matrix.write=true} also to
 * {@code docs/authorization-matrix.md}.
 *
 * <p>Requests go in a fixed order on a fresh database: reads first, then writes, then what ends or removes something
 * (DELETEs, cancellations, withdrawals), and the station's dissolution last, so a run is deterministic. Writes go from
 * the least privileged actor (anonymous) to the most (center-head): a transition succeeds once, and the actors after
 * the first one allowed see its new state (409, 422) instead of a decision.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final String OTHER_STATION = "yuanxi-head";
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> DEMO_ACCOUNTS = List.of("center-head", "institute-admin", "chengnan-admin",
            "station-head", "station-admin", "duty-staff", "committee", "lecturer", "volunteer", "resident");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** Path segments whose last part ends or removes what it names; sent after every other write. */
    private static final Set<String> ENDINGS = Set.of("cancel", "withdraw", "retire", "end", "reject", "close",
            "disabling", "password-reset", "award", "dissolution");

    @Deployment(testable = false)
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL deployment;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private URI base;

    @Test
    void everyOperationAnswersEveryActorAsTheTableSays() throws IOException {
        base = Api.at(deployment).uri("");
        long started = System.nanoTime();
        awaitTheApi();

        Map<String, String> actors = actors();
        Map<String, String> ids = idsOfDemoResources(actors.get("station-head"));
        ids.put("accounts", anAccountAtTheStation(actors.get("center-head")));
        fixturesTheDemoSetLacks(actors.get("station-head"), ids);

        List<Operation> operations = operations();
        Map<Operation, Map<String, String>> observed = new LinkedHashMap<>();
        for (Operation op : operations) {
            String target = op.target(ids);
            // A write that changes state succeeds once: the least privileged go first, so the cell that succeeds is
            // the lowest actor allowed, the one a hole would show in.
            List<String> turns = new ArrayList<>(actors.keySet());
            if (op.phase() > 0) {
                turns = turns.reversed();
            }
            Map<String, String> answers = new LinkedHashMap<>();
            turns.forEach(actor -> answers.put(actor, cell(send(op.method(), target, actors.get(actor)))));
            Map<String, String> row = new LinkedHashMap<>();
            actors.keySet().forEach(actor -> row.put(actor, answers.get(actor)));
            observed.put(op, row);
        }

        Matrix matrix = new Matrix(List.copyOf(actors.keySet()), observed);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("authorization-matrix.md"), matrix.markdown(), StandardCharsets.UTF_8);
        Files.writeString(target.resolve("authorization-matrix.tsv"), matrix.tsv(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("civility.matrix.write")) {
            Files.writeString(Path.of("..", "docs", "authorization-matrix.md"), matrix.markdown(), StandardCharsets.UTF_8);
        }
        System.out.printf("Authorization matrix: %s in %d s%n", matrix.counts(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());

        Map<String, Map<String, String>> expected = expected();
        List<String> openings = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        observed.forEach((op, row) -> row.forEach((actor, cell) -> {
            String want = expected.getOrDefault(op.toString(), Map.of()).getOrDefault(actor, "-");
            if (cell.equals("allow") && !want.equals("allow")) {
                openings.add(op + " as " + actor);
            }
            if (want.equals("allow") && cell.equals("deny")) {
                lost.add(op + " as " + actor);
            }
        }));
        assertThat(openings).as("2xx outside the allow list of authorization-matrix.tsv").isEmpty();
        assertThat(lost).as("allowed in authorization-matrix.tsv, now denied").isEmpty();
    }

    /** Payara Micro may report the deployment a moment before its REST application answers. */
    private void awaitTheApi() {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (send("GET", "api/v1/sessions/methods", null, null).statusCode() != 200) {
            assertThat(System.nanoTime()).as("the API answers within a minute").isLessThan(deadline);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- actors ----

    /** Actor name to its Authorization header (null: anonymous), in the table's column order. */
    private Map<String, String> actors() {
        Map<String, String> actors = new LinkedHashMap<>();
        DEMO_ACCOUNTS.forEach(name -> actors.put(name, basic(name, DemoData.DEMO_PASSWORD)));
        actors.put(OTHER_STATION, theHeadOfTheNeighbouringStation(actors.get("center-head")));
        actors.put(ANONYMOUS, null);
        return actors;
    }

    /**
     * The head of the neighbouring station 圆西村, made by center-head, who sets a password of their own. (A head of
     * another county cannot be made through the API on the demo set: a center founded by center-head has nobody who
     * may grant roles in it, the installation's administrator aside, and the demo set has none.)
     */
    private String theHeadOfTheNeighbouringStation(String centerHead) {
        HttpResponse<String> account = send("POST", "api/v1/accounts", centerHead, """
                {"username":"%s","name":"圆西村站长","grants":[{"role":"HEAD","unitId":"%s"}]}"""
                .formatted(OTHER_STATION, DemoData.STATION_YUANXI));
        assertThat(account.statusCode()).as(account.body()).isBetween(200, 201);
        String oneTime = json(account).asJsonObject().getString("oneTimePassword");

        String password = "Neighbour-station-2026!";
        HttpResponse<String> signIn = send("POST", "api/v1/sessions", null, """
                {"username":"%s","password":"%s","newPassword":"%s"}""".formatted(OTHER_STATION, oneTime, password));
        assertThat(signIn.statusCode()).as(signIn.body()).isBetween(200, 201);
        return basic(OTHER_STATION, password);
    }

    /** The account the /accounts/{id} operations act on: duty staff at the station, so disabling it harms no actor. */
    private String anAccountAtTheStation(String centerHead) {
        HttpResponse<String> account = send("POST", "api/v1/accounts", centerHead, """
                {"username":"matrix-duty","name":"矩阵值班员","grants":[{"role":"DUTY_STAFF","unitId":"%s"}]}"""
                .formatted(STATION));
        assertThat(account.statusCode()).as(account.body()).isBetween(200, 201);
        return json(account).asJsonObject().getJsonObject("account").getString("id");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---- the operations and what fills them ----

    private List<Operation> operations() {
        // Payara builds the document on the first request, which on a busy machine can outlast the server's 30 s
        // request timeout (the connection closes): wait until it is there, as OpenApiAndHealthIT does.
        HttpResponse<String> reply = await("the OpenAPI document").atMost(Duration.ofMinutes(3)).ignoreExceptions()
                .until(() -> send("GET", "/openapi?format=json", null, null), r -> r.statusCode() == 200);
        JsonObject paths = json(reply).asJsonObject().getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((verb, definition) -> {
            if (definition.getValueType() != JsonValue.ValueType.OBJECT || verb.equals("parameters")) {
                return;
            }
            List<String> query = new ArrayList<>();
            JsonArray parameters = definition.asJsonObject().getJsonArray("parameters");
            if (parameters != null) {
                parameters.forEach(p -> {
                    if ("query".equals(p.asJsonObject().getString("in", ""))) {
                        query.add(p.asJsonObject().getString("name"));
                    }
                });
            }
            operations.add(new Operation(verb.toUpperCase(Locale.ROOT), OpenApiAndHealthIT.normalise(path), query));
        }));
        operations.sort(Comparator.comparingInt(Operation::phase).thenComparing(Operation::path)
                .thenComparing(Operation::method));
        return operations;
    }

    /** One id per kind of resource (the path segment before {id}), read from its list as the station's head. */
    private Map<String, String> idsOfDemoResources(String stationHead) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("units", STATION);
        ids.put("volunteers", DemoData.DEMO_VOLUNTEER.toString());
        ids.put("menu-items", DemoData.MENU_HAIRCUT.toString());
        for (String kind : List.of("orders", "venues", "bookings", "activities", "notices", "teams", "lectures",
                "appraisals", "households", "offers", "certificates", "care-pairings", "care-recipients", "ceremonies",
                "check-in-codes", "service-records", "programme-templates", "audit-entries")) {
            HttpResponse<String> list = send("GET", "api/v1/" + kind + "?unit=" + STATION + "&volunteer="
                    + DemoData.DEMO_VOLUNTEER + "&limit=5", stationHead, null);
            if (list.statusCode() == 200) {
                firstId(json(list)).ifPresent(id -> ids.put(kind, id));
            }
        }
        return ids;
    }

    /**
     * Kinds the demo set has none of at the station, or no list of their own, made or read by the station's head: a
     * venue with a booking waiting for the committee, a notice of an activity, a check-in code, a care pairing and a
     * service record of the demo volunteer.
     */
    private void fixturesTheDemoSetLacks(String stationHead, Map<String, String> ids) {
        HttpResponse<String> venue = send("POST", "api/v1/venues", stationHead, """
                {"unitId":"%s","name":"矩阵测试活动室","kind":"PARTY_MEMBER_ROOM","owner":{"name":"圆东村村委会"},
                 "platforms":["THEORY_OUTREACH"],"capacity":30}""".formatted(STATION));
        assertThat(venue.statusCode()).as(venue.body()).isEqualTo(201);
        String venueId = json(venue).asJsonObject().getString("id");
        ids.put("venues", venueId);

        LocalDate day = YearMonth.now(ZONE).plusMonths(1).atDay(10);
        HttpResponse<String> booking = send("POST", "api/v1/venues/" + venueId + "/bookings", stationHead, """
                {"start":"%sT10:00:00+08:00","end":"%sT12:00:00+08:00","purpose":"OTHER","description":"村民议事会",
                 "user":{"name":"圆东村议事会","outsideOrganisation":false}}""".formatted(day, day));
        assertThat(booking.statusCode()).as(booking.body()).isEqualTo(201);
        ids.put("bookings", json(booking).asJsonObject().getString("id"));

        if (ids.containsKey("activities")) {
            HttpResponse<String> notice = send("POST", "api/v1/notices", stationHead, """
                    {"unitId":"%s","subjectKind":"ACTIVITY","subjectId":"%s","title":"活动通知","body":"欢迎参加",
                     "place":"圆东村新时代文明实践站","startsAt":"%sT09:00:00+08:00","channels":["SMS"]}"""
                    .formatted(STATION, ids.get("activities"), day));
            if (notice.statusCode() == 201) {
                ids.put("notices", json(notice).asJsonObject().getString("id"));
            }
        }
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(ZONE).plusHours(1)
                .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        HttpResponse<String> code = send("POST", "api/v1/check-in-codes", stationHead, """
                {"unitId":"%s","description":"为老人理发","where":"圆东村新时代文明实践站","scheduledStart":"%s",
                 "scheduledEnd":"%s"}""".formatted(STATION, start, start.plusHours(2)));
        if (code.statusCode() == 201) {
            ids.put("check-in-codes", json(code).asJsonObject().getString("id"));
        }
        if (ids.containsKey("care-recipients")) {
            HttpResponse<String> pairings = send("GET", "api/v1/care-recipients/" + ids.get("care-recipients")
                    + "/pairings", stationHead, null);
            if (pairings.statusCode() == 200) {
                firstId(json(pairings)).ifPresent(id -> ids.put("care-pairings", id));
            }
        }
        HttpResponse<String> records = send("GET", "api/v1/volunteers/" + DemoData.DEMO_VOLUNTEER
                + "/service-records?limit=5", stationHead, null);
        if (records.statusCode() == 200) {
            firstId(json(records).asJsonObject().getJsonObject("records"))
                    .ifPresent(id -> ids.put("service-records", id));
        }
    }

    private static java.util.Optional<String> firstId(JsonStructure list) {
        JsonArray items = list.getValueType() == JsonValue.ValueType.ARRAY ? list.asJsonArray()
                : list.asJsonObject().getJsonArray("items");
        if (items == null || items.isEmpty() || items.get(0).getValueType() != JsonValue.ValueType.OBJECT) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(items.getJsonObject(0).getString("id", null));
    }

    /** An operation of the document: its method, path template and the query parameters it declares. */
    record Operation(String method, String path, List<String> query) {

        /** 0 reads, 1 writes, 2 what ends or removes something, 3 dissolving the station. */
        int phase() {
            if (method.equals("GET") || method.equals("HEAD")) {
                return 0;
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.equals("dissolution")) {
                return 3;
            }
            return method.equals("DELETE") || ENDINGS.contains(last) ? 2 : 1;
        }

        /** The path with its parameters filled and the query parameters the portal has plausible values for. */
        String target(Map<String, String> ids) {
            String[] segments = path.split("/");
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                if (s.startsWith("{") && s.endsWith("}")) {
                    String kind = i > 0 ? segments[i - 1] : "";
                    segments[i] = encode(value(s.substring(1, s.length() - 1), kind, ids));
                }
            }
            // relative to the deployment: the document's paths start at /api/ below the context root
            String filled = String.join("/", segments).replaceFirst("^/", "");
            String q = query.stream().filter(name -> queryValue(name) != null)
                    .map(name -> name + "=" + encode(queryValue(name))).collect(Collectors.joining("&"));
            return filled + (q.isEmpty() ? "" : "?" + q);
        }

        private static String value(String parameter, String kind, Map<String, String> ids) {
            return switch (parameter) {
                case "id" -> ids.getOrDefault(kind, unknown(kind));
                case "volunteerId" -> DemoData.DEMO_VOLUNTEER.toString();
                case "unitId" -> STATION;
                case "role" -> "DUTY_STAFF";
                case "year" -> String.valueOf(LocalDate.now(ZONE).getYear());
                case "personName" -> "矩阵测试";
                case "channel" -> "SMS";
                case "name", "item", "token" -> "matrix";
                default -> unknown(parameter);
            };
        }

        private static String queryValue(String name) {
            YearMonth month = YearMonth.now(ZONE);
            return switch (name) {
                case "unit" -> STATION;
                case "volunteer" -> DemoData.DEMO_VOLUNTEER.toString();
                case "month" -> month.toString();
                case "year" -> String.valueOf(month.getYear());
                case "from" -> month.atDay(1).toString();
                case "to" -> month.atEndOfMonth().toString();
                default -> null;
            };
        }

        /** A fixed id that names nothing, so that a run is the same as the last. */
        private static String unknown(String kind) {
            return UUID.nameUUIDFromBytes(("matrix:" + kind).getBytes(StandardCharsets.UTF_8)).toString();
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    // ---- HTTP ----

    private HttpResponse<String> send(String method, String target, String authorization) {
        boolean write = !method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD");
        return send(method, target, authorization, write ? "{}" : null);
    }

    private HttpResponse<String> send(String method, String target, String authorization, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(target)).timeout(Duration.ofSeconds(60)).header("Accept", "*/*")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonStructure json(HttpResponse<String> reply) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(reply.body()))) {
            return reader.read();
        }
    }

    /** allow (2xx), deny (401, 403) or the status that answered before a decision. */
    static String cell(HttpResponse<String> reply) {
        int status = reply.statusCode();
        if (status / 100 == 2) {
            return "allow";
        }
        return status == 401 || status == 403 ? "deny" : String.valueOf(status);
    }

    // ---- the tables ----

    /** The committed table: operation to actor to allow, deny or - (no decision with the matrix's input). */
    private static Map<String, Map<String, String>> expected() throws IOException {
        Map<String, Map<String, String>> table = new LinkedHashMap<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.tsv")) {
            assertThat(in).as("authorization-matrix.tsv on the test class path").isNotNull();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.getFirst().split("\t");
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t");
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i < header.length && i < cells.length; i++) {
                    row.put(header[i], cells[i]);
                }
                table.put(cells[0], row);
            }
        }
        return table;
    }

    record Matrix(List<String> actors, Map<Operation, Map<String, String>> rows) {

        String counts() {
            long cells = rows.values().stream().mapToLong(Map::size).sum();
            long allows = count("allow");
            long denies = count("deny");
            return "%d operations, %d actors, %d cells: %d allow, %d deny, %d undecided"
                    .formatted(rows.size(), actors.size(), cells, allows, denies, cells - allows - denies);
        }

        private long count(String cell) {
            return rows.values().stream().flatMap(r -> r.values().stream()).filter(cell::equals).count();
        }

        String tsv() {
            StringBuilder out = new StringBuilder("# Expected authorization matrix, read by AuthorizationMatrixIT: "
                    + "allow (2xx), deny (401/403), - (no decision with the test's input).\n");
            out.append("operation\t").append(String.join("\t", actors)).append('\n');
            rows.forEach((op, row) -> {
                out.append(op);
                row.values().forEach(c -> out.append('\t').append(c.equals("allow") || c.equals("deny") ? c : "-"));
                out.append('\n');
            });
            return out.toString();
        }

        String markdown() {
            StringBuilder out = new StringBuilder("""
                    # Authorization matrix

                    Generated by `AuthorizationMatrixIT`; do not edit. Regenerate with
                    `scripts/mvn -B -pl samples -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
                    -Dit.test=AuthorizationMatrixIT -Dcivility.matrix.write=true`; the expected table it checks is
                    `samples/src/test/resources/authorization-matrix.tsv` (a run writes the observed one to
                    `samples/target/authorization-matrix.tsv`).

                    Every operation of the OpenAPI document, sent by each actor against the demo station 圆东村 (its
                    ids, or those of its resources; an unknown id where none is known), writes with the body `{}`.
                    `allow`: 2xx. `deny`: 401 or 403. A number: the status that answered before a decision (the
                    input did not fit). `yuanxi-head` heads the neighbouring station 圆西村 (made in the test). Reads go
                    from left to right, writes from right to left: a change of state succeeds once, so the columns
                    after the first `allow` of a write show the new state (409, 422) rather than a decision.

                    """);
            out.append("| operation | ").append(String.join(" | ", actors)).append(" |\n");
            out.append("|---|").append("---|".repeat(actors.size())).append('\n');
            rows.forEach((op, row) -> out.append("| `").append(op).append("` | ")
                    .append(String.join(" | ", row.values())).append(" |\n"));
            out.append("\nCounts: ").append(counts()).append(".\n");
            return out.toString();
        }
    }
}
