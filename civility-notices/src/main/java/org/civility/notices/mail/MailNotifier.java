package org.civility.notices.mail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.StaffAlert;
import org.civility.core.organisation.UnitId;
import org.civility.notices.MailSettings;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFormat;
import org.civility.notices.NoticeRecipients;
import org.civility.notices.SentLedger;
import org.civility.notices.Timeouts;
import org.civility.notices.internal.Digests;

import static java.util.Objects.requireNonNull;

/**
 * Sends a notice by e-mail to the mailboxes {@link NoticeRecipients#mailboxes} names for its unit, subject and
 * channel: a plain UTF-8 text message (subject: the title), addressed {@code To} the sender, with the recipients
 * given to the SMTP server only (as for Bcc, they do not see each other), in batches of
 * {@link MailSettings#batchSize()}. Every batch carries the same {@code Message-ID}, made from the delivery's
 * idempotency key, so a mail client shows a duplicate once.
 *
 * <p>As for SMS, the {@link SentLedger} keeps the mailboxes the server took, so a retry sends only to the others.
 * A malformed address, or one the server refuses for good (5xx), is dropped and reported to
 * {@link NoticeRecipients#mailboxRejected}; a temporary refusal (4xx) or a failure to reach the server throws, and
 * the delivery is retried. The server is asked to deliver to the valid recipients even if some are refused
 * ({@code mail.smtp.sendpartial}).
 */
public final class MailNotifier implements Notifier {

    static final String PROVIDER = "mail";
    private static final Logger LOG = Logger.getLogger(MailNotifier.class.getName());

    private final MailSettings settings;
    private final NoticeRecipients recipients;
    private final SentLedger ledger;
    private final NoticeFormat format;
    private final Session session;
    private final InternetAddress from;

    /**
     * @throws IllegalArgumentException the sender's address is malformed
     */
    public MailNotifier(MailSettings settings, Timeouts timeouts, NoticeRecipients recipients, SentLedger ledger,
                        NoticeFormat format) {
        this.settings = requireNonNull(settings, "settings");
        this.recipients = requireNonNull(recipients, "recipients");
        this.ledger = requireNonNull(ledger, "ledger");
        this.format = requireNonNull(format, "format");
        this.session = Session.getInstance(properties(settings, requireNonNull(timeouts, "timeouts")));
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("civility.notices.mail.from is not a mailbox");
        }
    }

    /**
     * Mails the notice to the mailboxes not yet done for this delivery.
     *
     * @throws NoticeDeliveryException the server could not be reached, refused to authenticate, or refused some
     *                                 recipients for now; those are mailed again on the next attempt
     */
    @Override
    public void send(Channel channel, NoticeMessage message) throws NoticeDeliveryException {
        List<String> mailboxes = recipients.mailboxes(message.unit(), message.subject(), channel);
        mail(message.unit(), mailboxes, message.idempotencyKey(), message.content().title(),
                format.text(message.content()));
        LOG.info(() -> PROVIDER + ": notice " + message.notice() + " via " + channel + " mailed (key "
                + message.idempotencyKey() + ", attempt " + message.attempt() + ")");
    }

    /** Mails the alert (its code and arguments) to the holders of its role at its unit. */
    @Override
    public void alert(StaffAlert alert) throws NoticeDeliveryException {
        mail(alert.unit(), recipients.staffMailboxes(alert.unit(), alert.to()), alert.idempotencyKey(),
                "[Civility] " + alert.code(), alert.code() + "\n" + alert.to() + " @ " + alert.unit() + "\n"
                        + new TreeMap<>(alert.args()));
    }

    private void mail(UnitId unit, List<String> mailboxes, String key, String subject, String text)
            throws NoticeDeliveryException {
        List<InternetAddress> pending = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        for (String mailbox : mailboxes.stream().distinct().sorted(Comparator.naturalOrder()).toList()) {
            if (ledger.isDone(key, mailbox)) {
                continue;
            }
            try {
                pending.add(new InternetAddress(mailbox, true));
            } catch (AddressException e) {
                malformed.add(mailbox);
            }
        }
        reject(unit, key, malformed, "MALFORMED");
        int unsent = 0;
        for (int from = 0; from < pending.size(); from += settings.batchSize()) {
            unsent += sendBatch(unit, key, pending.subList(from, Math.min(pending.size(), from + settings.batchSize())),
                    subject, text);
        }
        if (unsent > 0) {
            throw new NoticeDeliveryException(PROVIDER, "SMTP-UNSENT", unsent + " of " + pending.size()
                    + " recipients refused for now; they are mailed again on the next attempt");
        }
    }

    /** @return how many recipients were refused for now */
    private int sendBatch(UnitId unit, String key, List<InternetAddress> batch, String subject, String text)
            throws NoticeDeliveryException {
        Address[] to = batch.toArray(Address[]::new);
        try {
            Transport.send(message(key, subject, text), to, settings.username().orElse(null),
                    settings.password().map(p -> p.value()).orElse(null));
            ledger.markDone(key, batch.stream().map(InternetAddress::getAddress).toList());
            return 0;
        } catch (SendFailedException e) {
            ledger.markDone(key, addresses(e.getValidSentAddresses()));
            reject(unit, key, addresses(e.getInvalidAddresses()), "REFUSED");
            int unsent = addresses(e.getValidUnsentAddresses()).size();
            if (unsent == 0 && e.getValidSentAddresses() == null && e.getInvalidAddresses() == null) {
                throw new NoticeDeliveryException(PROVIDER, "SMTP", "the server refused the message");
            }
            return unsent;
        } catch (MessagingException e) {
            throw new NoticeDeliveryException(PROVIDER, "SMTP", e.getClass().getSimpleName());
        }
    }

    private MimeMessage message(String key, String subject, String text) throws MessagingException {
        MimeMessage message = new KeyedMessage(session, "<civility." + messageIdPart(key) + "@" + domain() + ">");
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, from);
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(new java.util.Date());
        return message;
    }

    private void reject(UnitId unit, String key, List<String> mailboxes, String reason) {
        if (mailboxes.isEmpty()) {
            return;
        }
        ledger.markDone(key, mailboxes);
        LOG.warning(() -> PROVIDER + ": " + mailboxes.size() + " mailboxes " + reason.toLowerCase()
                + "; dropped from delivery " + key + " and reported to the portal");
        mailboxes.forEach(mailbox -> recipients.mailboxRejected(unit, mailbox, reason));
    }

    private static List<String> addresses(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (Address address : addresses) {
            list.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
        }
        return list;
    }

    /** A notice's key is a UUID and stays as it is; other keys (alerts) become a fingerprint fit for a Message-ID. */
    private static String messageIdPart(String key) {
        return key.matches("[A-Za-z0-9.-]+") ? key : Digests.sha256Hex(key).substring(0, 32);
    }

    private String domain() {
        String address = from.getAddress();
        return address.substring(address.indexOf('@') + 1);
    }

    private static Properties properties(MailSettings settings, Timeouts timeouts) {
        Properties properties = new Properties();
        String prefix = "mail.smtp.";
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", Integer.toString(settings.port()));
        properties.put(prefix + "auth", Boolean.toString(settings.username().isPresent()));
        properties.put(prefix + "sendpartial", "true");
        properties.put(prefix + "connectiontimeout", Long.toString(timeouts.connect().toMillis()));
        properties.put(prefix + "timeout", Long.toString(timeouts.request().toMillis()));
        properties.put(prefix + "writetimeout", Long.toString(timeouts.request().toMillis()));
        if (settings.security() == MailSettings.Security.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
        }
        if (settings.security() == MailSettings.Security.SSL) {
            properties.put(prefix + "ssl.enable", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** A message whose Message-ID is the one given, not one Jakarta Mail makes up when it is saved. */
    private static final class KeyedMessage extends MimeMessage {

        private final String messageId;

        KeyedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
