package org.civility.core.account;

import java.time.Instant;
import java.util.Optional;

/** Where the one-time codes of residents signing up are kept, shared by every node of a portal. */
public interface SignUpCodeRepository {

    /** Inserts a code or replaces the one of the same phone. */
    void store(SignUpCode code);

    Optional<SignUpCode> find(String phoneDigest);

    /** Forgets the code of a phone; true if there was one. */
    boolean delete(String phoneDigest);

    /** Forgets the codes that expired at or before {@code now}; answers how many. */
    int deleteExpired(Instant now);
}
