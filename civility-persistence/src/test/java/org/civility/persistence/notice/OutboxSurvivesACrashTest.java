package org.civility.persistence.notice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.civility.core.notice.Channel;
import org.civility.core.notice.Delivery;
import org.civility.core.notice.DeliveryStatus;
import org.civility.core.notice.NoticeDispatcher;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.NoticeRepository;
import org.civility.persistence.ResourceLocalTransactions;
import org.civility.persistence.testing.TestStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance: killing the process between the commit of an announcement and any send loses
 * nothing. A child JVM announces a notice on three channels, commits and halts; this JVM then opens
 * the same database, runs the dispatcher and sees every channel delivered exactly once.
 *
 * <p>The database is the one chosen by {@code civility.test.store}; for {@code h2} (in memory, which
 * dies with the child) it is an H2 file database under {@code target/}.
 */
class OutboxSurvivesACrashTest {

    @Test
    void aNoticeCommittedByAProcessKilledBeforeSendingIsDeliveredOncePerChannelAfterwards() throws Exception {
        String store = System.getProperty("civility.test.store", "h2");
        String[] jdbc = switch (store) {
            case "h2" -> new String[] {"jdbc:h2:file:" + Path.of("target", "notice-crash", UUID.randomUUID().toString(),
                    "civility").toAbsolutePath(), "sa", ""};
            case "postgresql" -> new String[] {env("CIVILITY_TEST_POSTGRESQL_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                    env("CIVILITY_TEST_POSTGRESQL_USER", "postgres"), env("CIVILITY_TEST_POSTGRESQL_PASSWORD", "")};
            case "mariadb" -> new String[] {env("CIVILITY_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test"),
                    env("CIVILITY_TEST_MARIADB_USER", "root"), env("CIVILITY_TEST_MARIADB_PASSWORD", "")};
            default -> throw new IllegalArgumentException(store);
        };
        // A shared store is created (and wiped) before the child writes to it, never after.
        EntityManagerFactory emf = store.equals("h2") ? null : TestStore.get().emf();

        NoticeId notice = announceInAChildThatDies(jdbc);

        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("civility", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.url", jdbc[0],
                    "jakarta.persistence.jdbc.user", jdbc[1],
                    "jakarta.persistence.jdbc.password", jdbc[2],
                    "eclipselink.logging.level", "WARNING"));
        }
        try {
            NoticeRepository notices = ResourceLocalTransactions.wrap(NoticeRepository.class, emf, JpaNoticeRepository::new);
            assertThat(notices.deliveries(notice)).as("the outbox survived the crash").hasSize(3)
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING));
            Map<String, Integer> sends = new ConcurrentHashMap<>();
            NoticeDispatcher dispatcher = new NoticeDispatcher(notices,
                    (channel, message) -> sends.merge(message.idempotencyKey(), 1, Integer::sum), Clock.systemUTC());

            for (int run = 0; run < 20 && !allSent(notices.deliveries(notice)); run++) {
                dispatcher.runOnce(200);
            }

            List<Delivery> deliveries = notices.deliveries(notice);
            assertThat(deliveries).extracting(Delivery::channel)
                    .containsExactly(Channel.POSTER, Channel.SMS, Channel.WECHAT_GROUP);
            assertThat(deliveries).allSatisfy(d -> {
                assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
                assertThat(d.attempts()).isEqualTo(1);
                assertThat(sends.get(d.id().toString())).as(d.channel().name()).isEqualTo(1);
            });
        } finally {
            if (store.equals("h2")) {
                emf.close();
            }
        }
    }

    private static boolean allSent(List<Delivery> deliveries) {
        return deliveries.stream().allMatch(d -> d.status() == DeliveryStatus.SENT);
    }

    private static NoticeId announceInAChildThatDies(String[] jdbc) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AnnounceThenDie.class.getName(), jdbc[0], jdbc[1], jdbc[2])
                .redirectErrorStream(true)
                .start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as("the child halted right after the commit:\n" + text).isEqualTo(1);
        Matcher m = Pattern.compile("NOTICE ([0-9a-f-]{36})").matcher(text);
        assertThat(m.find()).as("child printed the notice id:\n" + text).isTrue();
        return NoticeId.of(m.group(1));
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }
}
