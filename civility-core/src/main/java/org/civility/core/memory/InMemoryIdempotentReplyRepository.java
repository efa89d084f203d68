package org.civility.core.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.civility.core.idempotency.IdempotencyError;
import org.civility.core.idempotency.IdempotentReply;
import org.civility.core.idempotency.IdempotentReplyRepository;
import org.civility.core.shared.CivilityException;

import static java.util.Objects.requireNonNull;

/** {@link IdempotentReplyRepository} in memory: for tests and single-node embeddings. */
public final class InMemoryIdempotentReplyRepository implements IdempotentReplyRepository {

    private final Map<String, IdempotentReply> replies = new ConcurrentHashMap<>();

    @Override
    public Optional<IdempotentReply> find(String keyDigest) {
        return Optional.ofNullable(replies.get(requireNonNull(keyDigest, "keyDigest")));
    }

    @Override
    public void store(IdempotentReply reply) {
        requireNonNull(reply, "reply");
        if (replies.putIfAbsent(reply.keyDigest(), reply) != null) {
            throw CivilityException.of(IdempotencyError.KEY_IN_USE);
        }
    }

    @Override
    public int deleteStoredBefore(Instant cutoff) {
        requireNonNull(cutoff, "cutoff");
        int before = replies.size();
        replies.values().removeIf(r -> r.storedAt().isBefore(cutoff));
        return before - replies.size();
    }
}
