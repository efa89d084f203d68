package org.civility.persistence.record;

import org.civility.persistence.IntegrityViolations;
import jakarta.persistence.EntityManager;
import org.civility.core.record.CheckInCode;
import org.civility.core.record.CheckInCodeId;
import org.civility.core.record.CheckInCodeRepository;
import org.civility.core.record.CodeCheckIn;
import org.civility.core.record.RecordError;
import org.civility.core.shared.CivilityException;
import org.civility.core.volunteer.VolunteerId;
import org.civility.persistence.internal.StoredVersions;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * {@link CheckInCodeRepository} over JPA; runs in the caller's transaction. The checks before each insert answer
 * the common case with a coded error; the unique keys ({@code uq_civ_check_in_code_issue},
 * {@code uq_civ_check_in_code_link_token}, the primary key of {@code civ_check_in_code_use}) answer a concurrent
 * insert the same way, leaving the transaction to roll back.
 */
public class JpaCheckInCodeRepository implements CheckInCodeRepository {

    private final EntityManager em;

    public JpaCheckInCodeRepository(EntityManager em) {
        this.em = requireNonNull(em, "em");
    }

    @Override
    public Optional<CheckInCode> find(CheckInCodeId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(em.find(CheckInCodeEntity.class, id.toString())).map(CheckInCodeMapper::toDomain);
    }

    @Override
    public CheckInCode store(CheckInCode code) {
        requireNonNull(code, "code");
        String id = code.id().toString();
        CheckInCodeEntity e = em.find(CheckInCodeEntity.class, id);
        Supplier<CivilityException> taken = () -> CivilityException.of(RecordError.CODE_TAKEN, "code", code.code());
        if (e == null) {
            StoredVersions.checkNew("check-in code", code.id(), code.version());
            if (issueTaken(code) || findByLinkToken(code.linkToken()).isPresent()) {
                throw taken.get();
            }
            e = new CheckInCodeEntity(id);
            CheckInCodeMapper.copy(code, e);
            em.persist(e);
        } else {
            StoredVersions.check("check-in code", code.id(), code.version(), e.version);
            CheckInCodeMapper.copy(code, e);
        }
        flush(taken);
        return CheckInCodeMapper.toDomain(e);
    }

    @Override
    public Optional<CheckInCode> latestWithCode(String code) {
        requireNonNull(code, "code");
        return em.createQuery("select c from CheckInCodeEntity c where c.digits = :digits order by c.issue desc",
                        CheckInCodeEntity.class)
                .setParameter("digits", code)
                .setMaxResults(1)
                .getResultList().stream().findFirst().map(CheckInCodeMapper::toDomain);
    }

    @Override
    public Optional<CheckInCode> findByLinkToken(String linkToken) {
        requireNonNull(linkToken, "linkToken");
        return em.createQuery("select c from CheckInCodeEntity c where c.linkToken = :token", CheckInCodeEntity.class)
                .setParameter("token", linkToken)
                .getResultList().stream()
                // MariaDB compares text without case by default; a token is base64url, where case counts.
                .filter(e -> e.linkToken.equals(linkToken))
                .findFirst().map(CheckInCodeMapper::toDomain);
    }

    @Override
    public void recordCheckIn(CodeCheckIn checkIn) {
        requireNonNull(checkIn, "checkIn");
        Supplier<CivilityException> used = () -> CivilityException.of(RecordError.CODE_ALREADY_USED,
                "code", checkIn.code(), "volunteer", checkIn.volunteer(), "session", checkIn.session());
        checkInOf(checkIn.code(), checkIn.volunteer()).ifPresent(existing -> {
            throw CivilityException.of(RecordError.CODE_ALREADY_USED, "code", checkIn.code(),
                    "volunteer", checkIn.volunteer(), "session", existing.session());
        });
        em.persist(CheckInCodeMapper.toEntity(checkIn));
        flush(used);
    }

    @Override
    public Optional<CodeCheckIn> checkInOf(CheckInCodeId code, VolunteerId volunteer) {
        requireNonNull(code, "code");
        requireNonNull(volunteer, "volunteer");
        return Optional.ofNullable(em.find(CodeCheckInEntity.class,
                new CodeCheckInEntity.Key(code.toString(), volunteer.toString()))).map(CheckInCodeMapper::toDomain);
    }

    @Override
    public List<CodeCheckIn> checkIns(CheckInCodeId code) {
        requireNonNull(code, "code");
        return em.createQuery("select u from CodeCheckInEntity u where u.codeId = :code"
                        + " order by u.checkedInAt, u.volunteerId", CodeCheckInEntity.class)
                .setParameter("code", code.toString())
                .getResultList().stream().map(CheckInCodeMapper::toDomain).toList();
    }

    private boolean issueTaken(CheckInCode code) {
        return !em.createQuery("select c.id from CheckInCodeEntity c where c.digits = :digits and c.issue = :issue",
                        String.class)
                .setParameter("digits", code.code())
                .setParameter("issue", code.issue())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private void flush(Supplier<CivilityException> onConstraint) {
        IntegrityViolations.flush(em, onConstraint);
    }

}
