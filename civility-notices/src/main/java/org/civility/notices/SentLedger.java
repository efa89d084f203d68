package org.civility.notices;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.civility.notices.internal.Digests;

import static java.util.Objects.requireNonNull;

/**
 * Which recipients of a delivery are done: handed to the provider, or dropped as invalid. A notice to many numbers
 * goes out in several requests; when one fails, the dispatcher tries the whole delivery again, and the notifiers ask
 * here so that only the recipients not yet done are sent to (never sent twice, R-NOTE-1). The key is the
 * delivery's {@link org.civility.core.notice.NoticeMessage#idempotencyKey() idempotency key}.
 *
 * <p>{@link #inMemory()} is enough within one process. A portal that must not send twice across a restart between
 * two attempts implements this over a table of its own (key, recipient fingerprint).
 */
public interface SentLedger {

    /** Whether {@code recipient} (a number or mailbox) is done for the delivery {@code key}. */
    boolean isDone(String key, String recipient);

    /** Records {@code recipients} as done for the delivery {@code key}. */
    void markDone(String key, Collection<String> recipients);

    /**
     * Kept in this process's memory, for the last {@code 10 000} deliveries; recipients are kept as SHA-256
     * fingerprints, not as numbers or addresses.
     */
    static SentLedger inMemory() {
        return new InMemory(10_000);
    }

    /** Keeps nothing: every attempt sends to every recipient again. */
    static SentLedger none() {
        return new SentLedger() {
            @Override
            public boolean isDone(String key, String recipient) {
                return false;
            }

            @Override
            public void markDone(String key, Collection<String> recipients) {
            }
        };
    }

    /** The in-memory ledger: the least recently used delivery is forgotten first. */
    final class InMemory implements SentLedger {

        private final Map<String, Set<String>> done;

        InMemory(int deliveries) {
            this.done = new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                    return size() > deliveries;
                }
            };
        }

        @Override
        public synchronized boolean isDone(String key, String recipient) {
            Set<String> recipients = done.get(requireNonNull(key, "key"));
            return recipients != null && recipients.contains(fingerprint(recipient));
        }

        @Override
        public synchronized void markDone(String key, Collection<String> recipients) {
            if (recipients.isEmpty()) {
                return;
            }
            Set<String> kept = done.computeIfAbsent(requireNonNull(key, "key"), k -> new HashSet<>());
            recipients.forEach(r -> kept.add(fingerprint(r)));
        }

        private static String fingerprint(String recipient) {
            return Digests.hex(Digests.sha256(requireNonNull(recipient, "recipient").getBytes(StandardCharsets.UTF_8)));
        }
    }
}
