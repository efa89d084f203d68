package org.civility.core.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.civility.core.account.SignUpCode;
import org.civility.core.account.SignUpCodeRepository;

import static java.util.Objects.requireNonNull;

/** {@link SignUpCodeRepository} in memory: for tests and single-node embeddings. */
public final class InMemorySignUpCodeRepository implements SignUpCodeRepository {

    private final Map<String, SignUpCode> codes = new ConcurrentHashMap<>();

    @Override
    public void store(SignUpCode code) {
        requireNonNull(code, "code");
        codes.put(code.phoneDigest(), code);
    }

    @Override
    public Optional<SignUpCode> find(String phoneDigest) {
        return Optional.ofNullable(codes.get(requireNonNull(phoneDigest, "phoneDigest")));
    }

    @Override
    public boolean delete(String phoneDigest) {
        return codes.remove(requireNonNull(phoneDigest, "phoneDigest")) != null;
    }

    @Override
    public int deleteExpired(Instant now) {
        requireNonNull(now, "now");
        int before = codes.size();
        codes.values().removeIf(c -> !c.expiresAt().isAfter(now));
        return before - codes.size();
    }
}
