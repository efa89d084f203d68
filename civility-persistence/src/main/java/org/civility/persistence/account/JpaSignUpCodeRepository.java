package org.civility.persistence.account;

import jakarta.persistence.EntityManager;
import org.civility.core.account.SignUpCode;
import org.civility.core.account.SignUpCodeRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** {@link SignUpCodeRepository} over JPA ({@code civ_sign_up_code}); runs in the caller's transaction. */
public class JpaSignUpCodeRepository implements SignUpCodeRepository {

    private final EntityManager em;

    public JpaSignUpCodeRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public void store(SignUpCode code) {
        requireNonNull(code, "code");
        SignUpCodeEntity e = em.find(SignUpCodeEntity.class, code.phoneDigest());
        boolean fresh = e == null;
        if (fresh) {
            e = new SignUpCodeEntity();
            e.phoneDigest = code.phoneDigest();
        }
        e.codeDigest = code.codeDigest();
        e.expiresAt = code.expiresAt();
        e.wrongTries = code.wrongTries();
        if (fresh) {
            em.persist(e);
        }
        em.flush();
    }

    @Override
    public Optional<SignUpCode> find(String phoneDigest) {
        requireNonNull(phoneDigest, "phoneDigest");
        return Optional.ofNullable(em.find(SignUpCodeEntity.class, phoneDigest))
                .map(e -> new SignUpCode(e.phoneDigest, e.codeDigest, e.expiresAt, e.wrongTries));
    }

    @Override
    public boolean delete(String phoneDigest) {
        requireNonNull(phoneDigest, "phoneDigest");
        SignUpCodeEntity e = em.find(SignUpCodeEntity.class, phoneDigest);
        if (e == null) {
            return false;
        }
        em.remove(e);
        em.flush();
        return true;
    }

    @Override
    public int deleteExpired(Instant now) {
        requireNonNull(now, "now");
        // Entity by entity, not a bulk delete, so the persistence context never holds a code that is gone.
        List<SignUpCodeEntity> expired = em.createQuery("select c from SignUpCodeEntity c where c.expiresAt <= :now",
                SignUpCodeEntity.class).setParameter("now", now).getResultList();
        expired.forEach(em::remove);
        em.flush();
        return expired.size();
    }
}
