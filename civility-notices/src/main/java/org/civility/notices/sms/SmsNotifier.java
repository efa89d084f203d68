package org.civility.notices.sms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.civility.core.notice.Channel;
import org.civility.core.notice.NoticeMessage;
import org.civility.core.notice.Notifier;
import org.civility.core.notice.OneTimeCodeMessage;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.PhoneNumber;
import org.civility.notices.NoticeDeliveryException;
import org.civility.notices.NoticeFormat;
import org.civility.notices.NoticeRecipients;
import org.civility.notices.SentLedger;

import static java.util.Objects.requireNonNull;

/**
 * What the SMS providers share: a notice goes to the numbers {@link NoticeRecipients} names for its unit, in
 * batches no larger than the provider takes in one request, through an approved template whose variables are the
 * notice's title, place and time.
 *
 * <p>Never lost, never sent twice (R-NOTE-1): numbers a request got through are recorded in the
 * {@link SentLedger} under the delivery's idempotency key before anything else happens, so when a later batch
 * fails and the dispatcher tries the delivery again, only the numbers not yet sent are sent. The send returns
 * normally only when every number is done.
 *
 * <p>Invalid numbers: a number the provider refuses as invalid is dropped from the delivery for good, recorded as
 * done and reported to {@link NoticeRecipients#phoneRejected}; it does not make the delivery fail. Where the provider
 * refuses a whole batch for one invalid number (Alibaba Cloud), the batch is sent again one number at a time to
 * find it. Every other refusal (rate limits, signatures, server errors, timeouts) throws, and the delivery is retried.
 */
abstract class SmsNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(SmsNotifier.class.getName());

    private final String provider;
    private final NoticeRecipients recipients;
    private final SentLedger ledger;
    private final NoticeFormat format;
    private final int batchSize;

    SmsNotifier(String provider, NoticeRecipients recipients, SentLedger ledger, NoticeFormat format, int batchSize) {
        this.provider = requireNonNull(provider, "provider");
        this.recipients = requireNonNull(recipients, "recipients");
        this.ledger = requireNonNull(ledger, "ledger");
        this.format = requireNonNull(format, "format");
        this.batchSize = batchSize;
    }

    /** What one request did with each of its numbers. */
    record BatchResult(List<PhoneNumber> accepted, Map<PhoneNumber, String> rejected, Map<PhoneNumber, String> failed) {

        BatchResult {
            accepted = List.copyOf(accepted);
            rejected = Map.copyOf(rejected);
            failed = Map.copyOf(failed);
        }

        static BatchResult allAccepted(List<PhoneNumber> phones) {
            return new BatchResult(phones, Map.of(), Map.of());
        }
    }

    /**
     * Sends one request: the same template and variables to every number of {@code phones}.
     *
     * @param params    the template's variables, in order, by name
     * @param reference the delivery's idempotency key, passed to the provider where it takes one
     * @throws NoticeDeliveryException the provider refused the whole request or could not be reached
     */
    abstract BatchResult sendBatch(List<PhoneNumber> phones, String template, Map<String, String> params,
                                   String reference) throws NoticeDeliveryException;

    /** Whether the provider's code says a number is not valid (so trying again would not help). */
    abstract boolean invalidNumber(String code);

    /** The notice template. */
    abstract String noticeTemplate();

    /** The one-time code template, if configured. */
    abstract Optional<String> codeTemplate();

    /**
     * Sends the notice to the unit's numbers not yet done for this delivery.
     *
     * @throws NoticeDeliveryException the provider refused a batch or some numbers, or could not be reached; the
     *                                 numbers sent so far are recorded and not sent again
     */
    @Override
    public void send(Channel channel, NoticeMessage message) throws NoticeDeliveryException {
        String key = message.idempotencyKey();
        List<PhoneNumber> pending = recipients.phones(message.unit(), message.subject()).stream()
                .distinct()
                .sorted(Comparator.comparing(PhoneNumber::value))
                .filter(phone -> !ledger.isDone(key, phone.value()))
                .toList();
        if (pending.isEmpty()) {
            LOG.fine(() -> provider + ": notice " + message.notice() + " has no numbers left to send to");
            return;
        }
        Map<String, String> params = format.smsParams(message.content());
        Map<PhoneNumber, String> failed = new LinkedHashMap<>();
        for (int from = 0; from < pending.size(); from += batchSize) {
            List<PhoneNumber> batch = pending.subList(from, Math.min(pending.size(), from + batchSize));
            failed.putAll(sendFindingInvalid(batch, noticeTemplate(), params, key, message.unit()));
        }
        if (!failed.isEmpty()) {
            throw new NoticeDeliveryException(provider, failed.values().iterator().next(), failed.size() + " of "
                    + pending.size() + " numbers not accepted; they are sent again on the next attempt");
        }
        LOG.info(() -> provider + ": notice " + message.notice() + " sent to " + pending.size() + " numbers (key "
                + key + ", attempt " + message.attempt() + ")");
    }

    /**
     * Sends a one-time code through the code template.
     *
     * @throws UnsupportedOperationException no code template is configured
     * @throws NoticeDeliveryException       the provider refused the number or the request
     */
    @Override
    public void sendCode(OneTimeCodeMessage message) throws NoticeDeliveryException {
        String template = codeTemplate().orElseThrow(() ->
                new UnsupportedOperationException(provider + " has no one-time code template configured"));
        BatchResult result = sendBatch(List.of(message.to()), template, Map.of("code", message.code()),
                message.idempotencyKey());
        if (!result.accepted().contains(message.to())) {
            String code = result.rejected().getOrDefault(message.to(), result.failed().get(message.to()));
            throw new NoticeDeliveryException(provider, code, "the number was not accepted");
        }
    }

    /** Sends one batch, recording what is done; a batch refused for an invalid number is sent one by one. */
    private Map<PhoneNumber, String> sendFindingInvalid(List<PhoneNumber> batch, String template,
                                                        Map<String, String> params, String key, UnitId unit)
            throws NoticeDeliveryException {
        try {
            return record(sendBatch(batch, template, params, key), key, unit);
        } catch (NoticeDeliveryException e) {
            if (!invalidNumber(e.code())) {
                throw e;
            }
            if (batch.size() == 1) {
                return record(new BatchResult(List.of(), Map.of(batch.get(0), e.code()), Map.of()), key, unit);
            }
            LOG.info(() -> provider + ": a batch of " + batch.size() + " numbers was refused for an invalid number ("
                    + e.code() + "); sending them one by one");
            Map<PhoneNumber, String> failed = new LinkedHashMap<>();
            for (PhoneNumber phone : batch) {
                failed.putAll(sendFindingInvalid(List.of(phone), template, params, key, unit));
            }
            return failed;
        }
    }

    private Map<PhoneNumber, String> record(BatchResult result, String key, UnitId unit) {
        List<String> done = new ArrayList<>();
        result.accepted().forEach(phone -> done.add(phone.value()));
        result.rejected().keySet().forEach(phone -> done.add(phone.value()));
        ledger.markDone(key, done);
        if (!result.rejected().isEmpty()) {
            LOG.warning(() -> provider + ": " + result.rejected().size() + " numbers refused as invalid ("
                    + String.join(", ", new java.util.TreeSet<>(result.rejected().values()))
                    + "); dropped from delivery " + key + " and reported to the portal");
            result.rejected().forEach((phone, code) -> recipients.phoneRejected(unit, phone, code));
        }
        return result.failed();
    }
}
