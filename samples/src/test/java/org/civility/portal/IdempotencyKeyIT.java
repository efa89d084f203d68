package org.civility.portal;

import jakarta.json.Json;
import org.civility.portal.setup.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN §6a through the API: a client that lost the answer to a request that creates something sends it again with
 * the same {@code Idempotency-Key} and gets the first answer, with one effect. Orders are placed by a resident signed
 * up for the test, whose orders can be counted.
 */
@ExtendWith(SharedPortal.class)
class IdempotencyKeyIT {

    private static final String STATION = DemoData.STATION_YUANDONG.toString();

    @SharedPortal.Url
    URL deployment;

    @Test
    void anOrderSentAgainWithItsKeyIsPlacedOnce() {
        // given
        Api resident = aNewResident();
        String key = UUID.randomUUID().toString();
        Api keyed = resident.withHeader("Idempotency-Key", key);

        // when the answer is lost and the order sent again
        var first = keyed.post("api/v1/orders", order("理发上门"));
        var again = keyed.post("api/v1/orders", order("理发上门"));

        // then
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.string("id")).isEqualTo(first.string("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(mine(resident)).containsExactly(first.string("id"));

        // and the key on another order is refused, while a new key places a new order
        var reused = keyed.post("api/v1/orders", order("另一件事"));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.string("code")).isEqualTo("IDEMPOTENCY-KEY-REUSED");
        var other = resident.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .post("api/v1/orders", order("理发上门"));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(mine(resident)).containsExactlyInAnyOrder(first.string("id"), other.string("id"));
    }

    @Test
    void aKeyIsVisibleAsciiOfAtMost128Characters() {
        var tooLong = aNewResident().withHeader("Idempotency-Key", "k".repeat(129))
                .post("api/v1/orders", order("理发上门"));

        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.string("code")).isEqualTo("IDEMPOTENCY-KEY-INVALID");
        assertThat(tooLong.string("title")).isEqualTo("Idempotency-Key 无效");
    }

    @Test
    void theSameOrderSentFiveTimesAtOnceIsPlacedOnce() throws Exception {
        // given
        Api keyed = aNewResident().withHeader("Idempotency-Key", UUID.randomUUID().toString());
        ExecutorService clients = Executors.newFixedThreadPool(5);
        try {
            // when
            List<Callable<Api.Reply>> sends = IntStream.range(0, 5)
                    .<Callable<Api.Reply>>mapToObj(i -> () -> keyed.post("api/v1/orders", order("同时发出"))).toList();
            List<Api.Reply> answers = clients.invokeAll(sends).stream().map(IdempotencyKeyIT::get).toList();

            // then: one order; each answer is it, or "in use" (sent again, it is it)
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 409));
            assertThat(answers).filteredOn(a -> a.status() == 409)
                    .allSatisfy(a -> assertThat(a.string("code")).isEqualTo("IDEMPOTENCY-KEY-IN-USE"));
            List<String> ids = answers.stream().filter(a -> a.status() == 201).map(a -> a.string("id"))
                    .distinct().toList();
            assertThat(ids).hasSize(1);
            var again = keyed.post("api/v1/orders", order("同时发出"));
            assertThat(again.string("id")).isEqualTo(ids.getFirst());
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aCheckInAndACheckOutSentAgainAreRecordedOnce() {
        // given a code open now
        Api admin = Api.at(deployment).as("station-admin", DemoData.DEMO_PASSWORD);
        Api volunteer = Api.at(deployment).as("volunteer", DemoData.DEMO_PASSWORD);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        var opened = admin.post("api/v1/check-in-codes", """
                {"unitId":"%s","description":"幂等签到","where":"圆东村新时代文明实践站",
                 "scheduledStart":"%s","scheduledEnd":"%s"}""".formatted(STATION, now.minusMinutes(5),
                now.plusHours(1)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String code = "{\"code\":\"%s\"}".formatted(opened.string("code"));

        // when each is sent twice with its key
        Api in = volunteer.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        var checkIn = in.post("api/v1/service-records/check-ins", code);
        var checkInAgain = in.post("api/v1/service-records/check-ins", code);
        Api out = volunteer.withHeader("Idempotency-Key", UUID.randomUUID().toString());
        var checkOut = out.post("api/v1/service-records/check-outs", code);
        var checkOutAgain = out.post("api/v1/service-records/check-outs", code);

        // then
        assertThat(checkIn.status()).as(checkIn.toString()).isEqualTo(201);
        assertThat(checkInAgain.status()).as(checkInAgain.toString()).isEqualTo(201);
        assertThat(checkInAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(checkInAgain.string("id")).isEqualTo(checkIn.string("id"));
        assertThat(checkOut.status()).as(checkOut.toString()).isBetween(200, 201);
        assertThat(checkOutAgain.status()).isEqualTo(checkOut.status());
        assertThat(checkOutAgain.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(checkOutAgain.string("id")).isEqualTo(checkOut.string("id"));
    }

    private Api aNewResident() {
        Api anyone = Api.at(deployment);
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        var sent = anyone.post("api/v1/sign-ups/codes", "{\"phone\":\"" + phone + "\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        String code = Api.at(deployment).as("station-admin", DemoData.DEMO_PASSWORD)
                .post("api/v1/testing/sent-codes/last", "{\"phone\":\"" + phone + "\"}").string("code");
        String password = "幂等请求的测试口令-2026";
        var signedUp = anyone.post("api/v1/sign-ups", Json.createObjectBuilder().add("phone", phone)
                .add("code", code).add("name", "周幂等").add("stationId", STATION).add("password", password)
                .build().toString());
        assertThat(signedUp.status()).as(signedUp.toString()).isEqualTo(201);
        return Api.at(deployment).as(phone, password);
    }

    private static List<String> mine(Api resident) {
        var mine = resident.get("api/v1/orders/mine?limit=50");
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        return mine.json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(o -> o.getString("id")).toList();
    }

    private static String order(String description) {
        return """
                {"unit":"%s","menuItem":"%s","description":"%s"}""".formatted(STATION, DemoData.MENU_HAIRCUT,
                description);
    }

    private static Api.Reply get(Future<Api.Reply> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
