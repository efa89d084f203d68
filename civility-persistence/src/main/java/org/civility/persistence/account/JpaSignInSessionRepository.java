package org.civility.persistence.account;

import jakarta.persistence.EntityManager;
import org.civility.core.account.SignInSession;
import org.civility.core.account.SignInSessionRepository;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link SignInSessionRepository} over JPA ({@code civ_sign_in_session}); runs in the caller's transaction. */
public class JpaSignInSessionRepository implements SignInSessionRepository {

    private final EntityManager em;

    public JpaSignInSessionRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public void store(SignInSession session) {
        requireNonNull(session, "session");
        SignInSessionEntity e = em.find(SignInSessionEntity.class, session.digest());
        boolean fresh = e == null;
        if (fresh) {
            e = new SignInSessionEntity();
            e.digest = session.digest();
        }
        e.username = session.username();
        e.createdAt = session.createdAt();
        e.lastUsedAt = session.lastUsedAt();
        e.expiresAt = session.expiresAt();
        if (fresh) {
            em.persist(e);
        }
        em.flush();
    }

    @Override
    public Optional<SignInSession> find(String digest) {
        requireNonNull(digest, "digest");
        return Optional.ofNullable(em.find(SignInSessionEntity.class, digest))
                .map(e -> new SignInSession(e.digest, e.username, e.createdAt, e.lastUsedAt, e.expiresAt));
    }

    @Override
    public boolean delete(String digest) {
        requireNonNull(digest, "digest");
        return em.createQuery("delete from SignInSessionEntity s where s.digest = :digest")
                .setParameter("digest", digest).executeUpdate() > 0;
    }

    @Override
    public int deleteAllOf(String username) {
        requireNonNull(username, "username");
        return em.createQuery("delete from SignInSessionEntity s where s.username = :username")
                .setParameter("username", username).executeUpdate();
    }

    @Override
    public int deleteEnded(Instant now, Instant idleSince) {
        return em.createQuery("delete from SignInSessionEntity s where s.expiresAt <= :now or s.lastUsedAt <= :idleSince")
                .setParameter("now", now).setParameter("idleSince", idleSince).executeUpdate();
    }

    @Override
    public int countOf(String username, Instant now, Instant idleSince) {
        return em.createQuery("select count(s) from SignInSessionEntity s where s.username = :username"
                        + " and s.expiresAt > :now and s.lastUsedAt > :idleSince", Long.class)
                .setParameter("username", username).setParameter("now", now).setParameter("idleSince", idleSince)
                .getSingleResult().intValue();
    }
}
