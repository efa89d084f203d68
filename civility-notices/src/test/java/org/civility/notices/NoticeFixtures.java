package org.civility.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.civility.core.access.Role;
import org.civility.core.notice.Channel;
import org.civility.core.notice.DeliveryId;
import org.civility.core.notice.NoticeContent;
import org.civility.core.notice.NoticeId;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Subject;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.PhoneNumber;

/** Notices, units and subscribers for the notifiers' tests; the texts are what a station would write. */
public final class NoticeFixtures {

    /** 2026-12-05 09:30 in Asia/Shanghai. */
    public static final Instant STARTS_AT = Instant.parse("2026-12-05T01:30:00Z");
    public static final UnitId STATION = UnitId.of("7d1c3f4e-0c55-4a39-9d43-1f2f0f0a0001");
    public static final UnitId OTHER_STATION = UnitId.of("7d1c3f4e-0c55-4a39-9d43-1f2f0f0a0002");

    private NoticeFixtures() {
    }

    public static NoticeContent aFreeClinic() {
        return new NoticeContent("社区义诊", "县医院医生来村里量血压、看慢病，请带上医保卡。", "圆东村文化礼堂", STARTS_AT);
    }

    /** A first attempt of a fresh delivery of {@link #aFreeClinic()} at {@code unit}. */
    public static NoticeMessage aNoticeAt(UnitId unit) {
        return aNoticeAt(unit, aFreeClinic());
    }

    /** A first attempt of a fresh delivery of {@code content} at {@code unit}. */
    public static NoticeMessage aNoticeAt(UnitId unit, NoticeContent content) {
        return new NoticeMessage(new DeliveryId(UUID.randomUUID()), new NoticeId(UUID.randomUUID()), unit,
                Subject.activity(UUID.randomUUID()), content, 1);
    }

    /** The same delivery, tried once more. */
    public static NoticeMessage again(NoticeMessage message) {
        return new NoticeMessage(message.delivery(), message.notice(), message.unit(), message.subject(),
                message.content(), message.attempt() + 1);
    }

    /** {@code count} distinct mainland numbers, 13900000001 upwards. */
    public static List<PhoneNumber> phones(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> PhoneNumber.of(String.format("139%08d", i))).toList();
    }

    /** Subscribers that never change, and what the notifiers reported of them. */
    public static final class Subscribers implements NoticeRecipients {

        private final List<PhoneNumber> phones;
        private final List<String> mailboxes;
        public final Map<String, String> rejected = new ConcurrentHashMap<>();
        public final List<Role> staffAsked = new ArrayList<>();

        public Subscribers(List<PhoneNumber> phones, List<String> mailboxes) {
            this.phones = List.copyOf(phones);
            this.mailboxes = List.copyOf(mailboxes);
        }

        public static Subscribers withPhones(List<PhoneNumber> phones) {
            return new Subscribers(phones, List.of());
        }

        public static Subscribers withMailboxes(List<String> mailboxes) {
            return new Subscribers(List.of(), mailboxes);
        }

        @Override
        public List<PhoneNumber> phones(UnitId unit, Subject subject) {
            return phones;
        }

        @Override
        public List<String> mailboxes(UnitId unit, Subject subject, Channel channel) {
            return mailboxes;
        }

        @Override
        public synchronized List<String> staffMailboxes(UnitId unit, Role role) {
            staffAsked.add(role);
            return mailboxes;
        }

        @Override
        public void phoneRejected(UnitId unit, PhoneNumber phone, String reason) {
            rejected.put(phone.value(), reason);
        }

        @Override
        public void mailboxRejected(UnitId unit, String mailbox, String reason) {
            rejected.put(mailbox, reason);
        }
    }
}
