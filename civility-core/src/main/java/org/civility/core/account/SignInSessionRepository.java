package org.civility.core.account;

import java.time.Instant;
import java.util.Optional;

/** Where sign-in sessions are kept, shared by every node of a portal, so they survive a restart. */
public interface SignInSessionRepository {

    /** Inserts a session or replaces the one with the same digest. */
    void store(SignInSession session);

    Optional<SignInSession> find(String digest);

    /** Forgets one session; true if it existed. */
    boolean delete(String digest);

    /** Forgets every session of the account; answers how many there were. */
    int deleteAllOf(String username);

    /** Forgets the sessions that ended (absolute end before {@code now}, or unused since {@code idleSince}). */
    int deleteEnded(Instant now, Instant idleSince);

    /** How many sessions the account has open now (for "signed in on N devices"). */
    int countOf(String username, Instant now, Instant idleSince);
}
