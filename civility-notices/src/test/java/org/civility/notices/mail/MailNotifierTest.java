package org.civility.notices.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.civility.core.access.Role;
import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.StaffAlert;
import org.civility.notices.MailSettings;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFixtures.Subscribers;
import org.civility.notices.NoticeFormat;
import org.civility.notices.SentLedger;
import org.civility.notices.Timeouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civility.notices.NoticeFixtures.STATION;
import static org.civility.notices.NoticeFixtures.aNoticeAt;
import static org.civility.notices.NoticeFixtures.again;

/** E-mail through Jakarta Mail (Angus Mail), with GreenMail's SMTP server on 127.0.0.1 in the test's process. */
class MailNotifierTest {

    static final String FROM = "notices@yuandong.example.cn";
    static final Duration WAIT = Duration.ofSeconds(10);

    private GreenMail smtp;
    private final SentLedger ledger = SentLedger.inMemory();

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private MailNotifier notifier(Subscribers subscribers, int port, int batchSize) {
        return new MailNotifier(new MailSettings("127.0.0.1", port, MailSettings.Security.NONE, Optional.empty(),
                Optional.empty(), FROM, batchSize), new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                subscribers, ledger, NoticeFormat.defaults());
    }

    private MailNotifier notifier(Subscribers subscribers, int batchSize) {
        return notifier(subscribers, smtp.getSmtp().getPort(), batchSize);
    }

    private static List<String> residents(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> "resident" + i + "@example.cn").toList();
    }

    @Test
    void mailsTheNoticeToEverySubscriberInBatchesUnderOneMessageIdFromTheDelivery() throws Exception {
        NoticeMessage message = aNoticeAt(STATION);

        notifier(Subscribers.withMailboxes(residents(5)), 2).send(Channel.SMS, message);

        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 5)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(5);
        assertThat(Arrays.stream(received).map(MailNotifierTest::messageId).distinct())
                .containsExactly("<civility." + message.idempotencyKey() + "@yuandong.example.cn>");
        MimeMessage first = received[0];
        assertThat(first.getSubject()).isEqualTo("社区义诊");
        assertThat(first.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(first.getRecipients(Message.RecipientType.TO)).as("subscribers do not see each other")
                .containsExactly(new InternetAddress(FROM));
        assertThat(((String) first.getContent()).strip()).isEqualTo(
                "社区义诊\n时间：12月5日 09:30\n地点：圆东村文化礼堂\n\n县医院医生来村里量血压、看慢病，请带上医保卡。");
        assertThat(smtp.getReceivedMessagesForDomain("example.cn")).hasSize(5);
    }

    @Test
    void aMalformedMailboxIsDroppedAndReportedWhileTheOthersAreMailedOnce() throws Exception {
        Subscribers subscribers = Subscribers.withMailboxes(List.of("resident1@example.cn", "not an address@",
                "resident2@example.cn"));
        MailNotifier notifier = notifier(subscribers, 50);
        NoticeMessage message = aNoticeAt(STATION);

        notifier.send(Channel.POSTER, message);
        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 2)).isTrue();
        notifier.send(Channel.POSTER, again(message));

        assertThat(subscribers.rejected).containsExactly(Map.entry("not an address@", "MALFORMED"));
        assertThat(smtp.getReceivedMessages()).as("a retry mails nobody twice").hasSize(2);
    }

    @Test
    void aServerThatCannotBeReachedThrowsWithoutAnAddress() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        assertThatThrownBy(() -> notifier(Subscribers.withMailboxes(residents(1)), closed, 50)
                .send(Channel.SMS, aNoticeAt(STATION)))
                .isInstanceOf(NoticeDeliveryException.class)
                .hasMessageStartingWith("mail: SMTP (")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("resident", "127.0.0.1", "社区义诊"));
    }

    @Test
    void mailsAStaffAlertToTheHoldersOfTheRole() throws Exception {
        Subscribers staff = Subscribers.withMailboxes(List.of("head@yuandong.example.cn"));

        notifier(staff, 50).alert(new StaffAlert(STATION, Role.HEAD, "RECORD-CHAIN-BROKEN", Map.of("entries", 12)));

        assertThat(smtp.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("[Civility] RECORD-CHAIN-BROKEN");
        assertThat(staff.staffAsked).containsExactly(Role.HEAD);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
