package org.civility.portal;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.civility.portal.setup.DemoData;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input never gets a 5xx (DOMAIN §6a): a property-based fuzz (jqwik) of every operation of the portal's
 * OpenAPI document, sent by several roles to a packaged portal of its own (the demo set on an in-memory H2).
 *
 * <p>Each try is one request: an operation, an actor (anonymous, resident, volunteer, station administrator,
 * institute administrator, center head) and one thing broken. The body is shaped by the operation's schema (its
 * {@code $ref}s resolved, ids of the demo set where a field names one) with one field at a time broken (wrong types,
 * huge, empty and control-character strings, lone surrogates, extreme dates and times, numbers out of range,
 * unknown enum values, nulls, nested garbage), or the whole body is (truncated JSON, not JSON, empty, an array, a
 * deep nest); or a path segment is odd ({@code %20}, {@code %2e%2e}, very long, {@code %00}, Chinese, SQL-ish);
 * or a declared query parameter gets an extreme value; or a header is (the {@code Idempotency-Key}, the content
 * type). Every answer must be below 500, and come within 30 seconds.
 *
 * <p>Seeded (the {@link Property#seed()} below; jqwik reports it with any failure), {@value #TRIES} tries, so at
 * least 10,000 requests a run, within {@code civility.fuzz.minutes} (15 by default: a run over its budget fails).
 * Sign-in and sign-up operations get only bodies that cannot bind (so that the fuzz never counts as failed
 * sign-ins from 127.0.0.1 and throttles the actors it signs in with). With {@code -Dcivility.fuzz.collect=true}
 * a run does not stop at the first 5xx but lists them all at its end.
 */
@OwnPortal
@Tag("own-portal") // jqwik reads its own tag annotation, not JUnit Jupiter's that @OwnPortal carries
class OpenApiFuzzIT {

    static final int TRIES = 10_500;
    private static final String STATION = DemoData.STATION_YUANDONG.toString();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> ACTORS = List.of("anonymous", "resident", "volunteer", "station-admin",
            "institute-admin", "center-head");
    private static final boolean COLLECT = Boolean.getBoolean("civility.fuzz.collect");
    private static final Duration BUDGET = Duration.ofMinutes(Long.getLong("civility.fuzz.minutes", 15));

    private static PortalProcess portal;
    private static Target target;

    @BeforeContainer
    static void startThePortal() {
        portal = PortalProcess.start("fuzz", Map.of(
                "CIVILITY_DATASOURCE_URL", "jdbc:h2:mem:civility-fuzz;DB_CLOSE_DELAY=-1",
                "CIVILITY_DEMO", "true"));
        target = new Target(URI.create(portal.url().toString()));
    }

    @AfterContainer
    static void stopThePortal() {
        try {
            if (target != null) {
                System.out.println(target.summary());
                assertThat(target.sent.get()).as("requests sent").isGreaterThanOrEqualTo(10_000);
                assertThat(target.failures).as("answers of 500 or more, or none within 30 s").isEmpty();
            }
        } finally {
            if (portal != null) {
                portal.close();
            }
        }
    }

    @Property(tries = TRIES, seed = "20261203", shrinking = ShrinkingMode.OFF)
    void everyAnswerIsBelow500(@ForAll("requests") Fuzz fuzz) {
        Answer answer = target.send(fuzz);
        if (!COLLECT) {
            assertThat(answer.status()).as("%s answered %s", fuzz, answer).isNotNegative().isLessThan(500);
        }
    }

    @Provide
    Arbitrary<Fuzz> requests() {
        List<Operation> operations = target.operations();
        return Combinators.combine(Arbitraries.of(operations), Arbitraries.of(ACTORS),
                        Arbitraries.frequency(Tuple.of(8, Breaking.FIELD), Tuple.of(2, Breaking.BODY),
                                Tuple.of(2, Breaking.PATH), Tuple.of(2, Breaking.QUERY), Tuple.of(1, Breaking.HEADER),
                                Tuple.of(1, Breaking.NOTHING)),
                        Arbitraries.integers().between(0, 1_000), brokenValues())
                .as(Fuzz::new);
    }

    /** JSON texts that break a field: wrong types, odd strings, extreme dates and numbers, nulls, garbage. */
    private static Arbitrary<String> brokenValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("null", "true", "0", "-1", "1.5", "[]", "{}", "[null]", "{\"a\":[1,{\"b\":null}]}",
                        "9223372036854775808", "-9223372036854775809", "2147483648", "1e400", "-1e400", "\"NaN\"",
                        "\"\"", "\" \"", "\"NO_SUCH_VALUE\"", "\"+999999999-12-31\"", "\"-999999999-01-01\"",
                        "\"0000-00-00\"", "\"2026-02-30\"", "\"+999999999-12-31T23:59:59Z\"",
                        "\"2026-13-01T25:61:61+18:30\"", "\"+999999999-12\"", "\"00000000-0000-0000-0000-000000000000\"",
                        "\"not-a-uuid\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"'; DROP TABLE civ_unit;--\"",
                        "\"../../../../etc/passwd\"", "\"<script>alert(1)</script>\"", "\"%00\"",
                        "\"" + "长".repeat(100_000) + "\"", "\"" + "x".repeat(1_000) + "\"",
                        "[" + "\"x\",".repeat(10_000) + "\"x\"]", "[".repeat(2_000) + "]".repeat(2_000)),
                Arbitraries.strings().all().ofMaxLength(40).map(OpenApiFuzzIT::jsonString),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8)
                        .map(OpenApiFuzzIT::jsonString),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "0"));
    }

    private static String jsonString(String s) {
        return Json.createValue(s).toString();
    }

    /** What one try breaks. */
    enum Breaking { FIELD, BODY, PATH, QUERY, HEADER, NOTHING }

    /** One generated request, rendered against the portal by {@link Target#send}. */
    record Fuzz(Operation operation, String actor, Breaking breaking, int pick, String value) {

        @Override
        public String toString() {
            String shown = value.length() > 80 ? value.substring(0, 80) + "…(" + value.length() + " chars)" : value;
            return operation + " as " + actor + ", breaking " + breaking + " #" + pick + " with " + shown;
        }
    }

    /** What the portal answered (status -1: no answer within 30 seconds). */
    record Answer(int status, String body) {

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    /** An operation of the document: method, path template, its query parameters and its JSON body's schema. */
    record Operation(String method, String path, List<String> query, JsonObject body, boolean jsonBody) {

        /** Sign-in and sign-up: only bodies that cannot bind, never a sign-in that counts as failed. */
        boolean signsIn() {
            return path.startsWith("/api/v1/sessions") || path.startsWith("/api/v1/sign-ups")
                    || path.startsWith("/api/v1/setup") || path.equals("/api/v1/accounts/me/password");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The portal under fuzz: the document, the demo set's ids, the actors' credentials and the tally. */
    static final class Target {

        private final URI base;
        /** HTTP/1.1, as the portal's proxy (nginx) speaks to it. */
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Map<String, String> authorizations = new LinkedHashMap<>();
        private final Map<String, String> ids = new LinkedHashMap<>();
        private final JsonObject document;
        private final JsonObject schemas;
        private final long started = System.nanoTime();
        final AtomicLong sent = new AtomicLong();
        final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> closed = new ConcurrentLinkedQueue<>();
        final AtomicLong resent = new AtomicLong();

        Target(URI base) {
            this.base = base;
            ACTORS.stream().filter(a -> !a.equals("anonymous")).forEach(a -> authorizations.put(a, "Basic "
                    + Base64.getEncoder().encodeToString((a + ":" + DemoData.DEMO_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8))));
            String json = await("the OpenAPI document").atMost(Duration.ofMinutes(3)).ignoreExceptions()
                    .until(() -> raw("GET", "/openapi?format=json", null, null, "application/json"),
                            r -> r.statusCode() == 200).body();
            document = Json.createReader(new StringReader(json)).readObject();
            schemas = document.getJsonObject("components") == null ? JsonValue.EMPTY_JSON_OBJECT
                    : document.getJsonObject("components").getJsonObject("schemas");
            ids.put("units", STATION);
            ids.put("volunteers", DemoData.DEMO_VOLUNTEER.toString());
            ids.put("menu-items", DemoData.MENU_HAIRCUT.toString());
            for (String kind : List.of("orders", "venues", "activities", "notices", "teams", "lectures", "appraisals",
                    "households", "offers", "care-recipients", "ceremonies")) {
                HttpResponse<String> list = raw("GET", "api/v1/" + kind + "?unit=" + STATION + "&limit=5",
                        authorizations.get("station-admin"), null, "application/json");
                if (list.statusCode() == 200 && list.body().startsWith("{")) {
                    JsonArray items = Json.createReader(new StringReader(list.body())).readObject()
                            .getJsonArray("items");
                    if (items != null && !items.isEmpty() && items.get(0) instanceof JsonObject first
                            && first.containsKey("id")) {
                        ids.put(kind, first.getString("id"));
                    }
                }
            }
        }

        List<Operation> operations() {
            List<Operation> operations = new ArrayList<>();
            document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, def) -> {
                if (def.getValueType() != JsonValue.ValueType.OBJECT || verb.equals("parameters")) {
                    return;
                }
                JsonObject operation = def.asJsonObject();
                List<String> query = new ArrayList<>();
                JsonArray parameters = operation.getJsonArray("parameters");
                if (parameters != null) {
                    parameters.getValuesAs(JsonObject.class).stream()
                            .filter(p -> "query".equals(p.getString("in", "")))
                            .forEach(p -> query.add(p.getString("name")));
                }
                JsonObject body = null;
                boolean json = false;
                JsonObject content = operation.containsKey("requestBody")
                        ? operation.getJsonObject("requestBody").getJsonObject("content") : null;
                if (content != null) {
                    json = content.containsKey("application/json");
                    JsonObject media = json ? content.getJsonObject("application/json")
                            : content.values().stream().map(JsonValue::asJsonObject).findFirst().orElse(null);
                    body = media == null || !media.containsKey("schema") ? JsonValue.EMPTY_JSON_OBJECT
                            : media.getJsonObject("schema");
                }
                operations.add(new Operation(verb.toUpperCase(Locale.ROOT), OpenApiAndHealthIT.normalise(path),
                        List.copyOf(query), body, json));
            }));
            operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
            assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(100);
            return operations;
        }

        Answer send(Fuzz fuzz) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the fuzz's time budget after %d requests",
                    sent.get()).isLessThan(BUDGET);
            Operation op = fuzz.operation();
            Breaking breaking = op.signsIn() && (fuzz.breaking() == Breaking.FIELD
                    || fuzz.breaking() == Breaking.NOTHING) ? Breaking.BODY : fuzz.breaking();
            String path = path(op, breaking == Breaking.PATH ? fuzz.pick() : -1);
            String query = query(op, breaking == Breaking.QUERY ? fuzz : null);
            String body = op.body() == null && breaking != Breaking.BODY ? null : body(op, breaking, fuzz);
            String contentType = "application/json";
            Map<String, String> headers = new TreeMap<>();
            if (breaking == Breaking.HEADER) {
                String[] odd = {"", " ", "x".repeat(300), "x".repeat(20_000), "../../etc", "<script>", "null",
                        "%00", "\\u0000"};
                if (fuzz.pick() % 2 == 0) {
                    headers.put("Idempotency-Key", odd[fuzz.pick() % odd.length]);
                } else {
                    contentType = List.of("text/plain", "application/xml", "application/json; charset=x-unknown",
                            "multipart/form-data; boundary=", "*/*").get(fuzz.pick() % 5);
                }
                if (body == null && !op.method().equals("GET") && !op.method().equals("DELETE")) {
                    body = "{}";
                }
            }
            HttpResponse<String> reply;
            try {
                reply = send(op.method(), path + query, authorizations.get(fuzz.actor()), body, contentType,
                        headers);
            } catch (HttpTimeoutException e) {
                sent.incrementAndGet();
                failures.add(fuzz + ": no answer within 30 s");
                return new Answer(-1, "");
            } catch (ConnectionClosed e) {
                // A kept-alive connection the server had just closed gives no answer at all: the same request goes
                // once more on a new connection, and its answer counts. Only a request the server will not answer
                // twice (a 20,000-character header, say) is listed as closed: no answer is no 5xx.
                try {
                    reply = send(op.method(), path + query, authorizations.get(fuzz.actor()), body, contentType,
                            headers);
                    resent.incrementAndGet();
                } catch (HttpTimeoutException again) {
                    sent.incrementAndGet();
                    failures.add(fuzz + ": no answer within 30 s");
                    return new Answer(-1, "");
                } catch (ConnectionClosed again) {
                    sent.incrementAndGet();
                    closed.add(fuzz + ": " + again.getCause());
                    return new Answer(0, "");
                }
            }
            sent.incrementAndGet();
            byStatus.computeIfAbsent(reply.statusCode() / 100 * 100, s -> new AtomicLong()).incrementAndGet();
            Answer answer = new Answer(reply.statusCode(), reply.body() == null ? "" : reply.body());
            if (answer.status() >= 500) {
                failures.add(fuzz + " (" + path.length() + " char path" + (body == null ? ""
                        : ", body " + abbreviate(body)) + "): " + answer);
            }
            return answer;
        }

        String summary() {
            Map<String, Long> statuses = new TreeMap<>();
            byStatus.forEach((s, n) -> statuses.put(s / 100 + "xx", n.get()));
            StringBuilder b = new StringBuilder(String.format("OpenApiFuzzIT: %d requests over %d operations as %d "
                            + "actors in %d s, by status %s, %d at 500 or more, %d sent again after a closed "
                            + "connection, %d closed unanswered twice",
                    sent.get(), operations().size(), ACTORS.size(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds(), statuses, failures.size(),
                    resent.get(), closed.size()));
            failures.stream().limit(200).forEach(f -> b.append("\n  5xx: ").append(f));
            closed.stream().limit(20).forEach(f -> b.append("\n  closed: ").append(f));
            return b.toString();
        }

        // ---- rendering ----

        private String path(Operation op, int oddPick) {
            String[] segments = op.path().split("/");
            List<Integer> parameters = new ArrayList<>();
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].startsWith("{") && segments[i].endsWith("}")) {
                    parameters.add(i);
                }
            }
            int odd = oddPick < 0 || parameters.isEmpty() ? -1 : parameters.get(oddPick % parameters.size());
            String[] oddSegments = {"%20", "%2e%2e", "%2e%2e%2f%2e%2e", "a".repeat(3_000), "%00", encode("名字"),
                    encode("' OR 1=1 --"), "-1", "0", "99999999999999999999999", "null", "%ff%fe", "%25", "%0d%0a",
                    encode("+999999999-12-31"), encode(" ")};
            for (int i = 0; i < segments.length; i++) {
                String s = segments[i];
                if (s.startsWith("{") && s.endsWith("}")) {
                    segments[i] = i == odd ? oddSegments[oddPick % oddSegments.length]
                            : encode(value(s.substring(1, s.length() - 1), i > 0 ? segments[i - 1] : ""));
                }
            }
            return String.join("/", segments).replaceFirst("^/", "");
        }

        private String value(String parameter, String kind) {
            return switch (parameter) {
                case "id" -> ids.getOrDefault(kind, "00000000-0000-4000-8000-000000000000");
                case "volunteerId" -> DemoData.DEMO_VOLUNTEER.toString();
                case "unitId" -> STATION;
                case "role" -> "VOLUNTEER";
                case "year" -> String.valueOf(LocalDate.now(ZONE).getYear());
                case "channel" -> "SMS";
                default -> "fuzz";
            };
        }

        private String query(Operation op, Fuzz broken) {
            List<String> pairs = new ArrayList<>();
            String brokenName = broken == null ? null
                    : op.query().isEmpty() ? "unknownParameter" : op.query().get(broken.pick() % op.query().size());
            for (String name : op.query()) {
                if (!name.equals(brokenName)) {
                    String v = queryValue(name);
                    if (v != null) {
                        pairs.add(name + "=" + encode(v));
                    }
                }
            }
            if (brokenName != null) {
                String v = broken.value().startsWith("\"") && broken.value().endsWith("\"") && broken.value().length() > 1
                        ? broken.value().substring(1, broken.value().length() - 1) : broken.value();
                pairs.add(brokenName + "=" + encode(v.length() > 6_000 ? v.substring(0, 6_000) : v));
            }
            return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
        }

        private static String queryValue(String name) {
            LocalDate today = LocalDate.now(ZONE);
            return switch (name) {
                case "unit" -> STATION;
                case "volunteer" -> DemoData.DEMO_VOLUNTEER.toString();
                case "month" -> today.toString().substring(0, 7);
                case "year" -> String.valueOf(today.getYear());
                case "from" -> today.withDayOfMonth(1).toString();
                case "to" -> today.toString();
                case "limit" -> "5";
                default -> null;
            };
        }

        private String body(Operation op, Breaking breaking, Fuzz fuzz) {
            JsonValue sample = op.body() == null ? JsonValue.EMPTY_JSON_OBJECT : sample(op.body(), "", 0);
            String whole = sample.toString();
            if (breaking == Breaking.BODY) {
                String[] garbage = {whole.substring(0, Math.max(1, whole.length() / 2)), "not json", "", "[]", "null",
                        "{\"a\":", "{" + "\"a\":{".repeat(3_000) + "}".repeat(3_001), "\"text\"", "42",
                        whole + whole, "{\"\u0000\":1}", "\uFEFF" + whole};
                return garbage[fuzz.pick() % garbage.length];
            }
            if (breaking != Breaking.FIELD || !(sample instanceof JsonObject object) || object.isEmpty()) {
                return whole;
            }
            List<String> fields = new ArrayList<>(object.keySet());
            String field = fields.get(fuzz.pick() % fields.size());
            JsonObjectBuilder rest = Json.createObjectBuilder(object);
            rest.remove(field);
            String others = rest.build().toString();
            return "{" + Json.createValue(field) + ":" + fuzz.value() + (others.equals("{}") ? "}"
                    : "," + others.substring(1));
        }

        /** A plausible value for a schema: the demo station for unit ids, today for dates, the first enum value. */
        private JsonValue sample(JsonObject schema, String name, int depth) {
            JsonObject s = resolve(schema);
            if (depth > 5) {
                return JsonValue.NULL;
            }
            if (s.containsKey("enum") && !s.getJsonArray("enum").isEmpty()) {
                return s.getJsonArray("enum").get(0);
            }
            for (String combined : List.of("allOf", "oneOf", "anyOf")) {
                if (s.containsKey(combined) && !s.getJsonArray(combined).isEmpty()) {
                    return sample(s.getJsonArray(combined).getJsonObject(0), name, depth + 1);
                }
            }
            String type = s.containsKey("type") && s.get("type") instanceof JsonString t ? t.getString()
                    : s.containsKey("properties") ? "object" : "string";
            return switch (type) {
                case "object" -> {
                    JsonObjectBuilder b = Json.createObjectBuilder();
                    JsonObject properties = s.getJsonObject("properties");
                    if (properties != null) {
                        properties.forEach((p, ps) -> b.add(p, sample(ps.asJsonObject(), p, depth + 1)));
                    }
                    yield b.build();
                }
                case "array" -> {
                    JsonArrayBuilder b = Json.createArrayBuilder();
                    if (s.containsKey("items")) {
                        b.add(sample(s.getJsonObject("items"), name, depth + 1));
                    }
                    yield b.build();
                }
                case "integer" -> Json.createValue(1);
                case "number" -> Json.createValue(1.5);
                case "boolean" -> JsonValue.TRUE;
                default -> Json.createValue(text(s.getString("format", ""), name));
            };
        }

        private JsonObject resolve(JsonObject schema) {
            JsonObject s = schema;
            for (int i = 0; i < 10 && s.containsKey("$ref"); i++) {
                String ref = s.getString("$ref");
                JsonObject next = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
                if (next == null) {
                    return JsonValue.EMPTY_JSON_OBJECT;
                }
                s = next;
            }
            return s;
        }

        private static String text(String format, String name) {
            OffsetDateTime now = OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.SECONDS);
            return switch (format) {
                case "date" -> now.toLocalDate().plusDays(7).toString();
                case "date-time" -> now.plusDays(7).toString();
                case "uuid" -> name.toLowerCase(Locale.ROOT).contains("volunteer")
                        ? DemoData.DEMO_VOLUNTEER.toString() : STATION;
                default -> name.toLowerCase(Locale.ROOT).endsWith("id") || name.equals("unit") ? STATION : "测试";
            };
        }

        // ---- HTTP ----

        private HttpResponse<String> send(String method, String path, String authorization, String body,
                                          String contentType, Map<String, String> headers)
                throws HttpTimeoutException {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json, application/problem+json, */*")
                    .header("Accept-Language", "zh-CN")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                b.header("Content-Type", contentType);
            }
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            headers.forEach(b::setHeader);
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                throw e;
            } catch (IOException e) {
                throw new ConnectionClosed(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private HttpResponse<String> raw(String method, String path, String authorization, String body,
                                         String accept) {
            try {
                return send(method, path, authorization, body, "application/json", Map.of("Accept", accept));
            } catch (HttpTimeoutException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The server closed the connection without an answer. */
        static final class ConnectionClosed extends RuntimeException {
            ConnectionClosed(IOException cause) {
                super(cause);
            }
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String abbreviate(String body) {
            return body.length() > 200 ? body.substring(0, 200) + "…(" + body.length() + " chars)" : body;
        }
    }
}
