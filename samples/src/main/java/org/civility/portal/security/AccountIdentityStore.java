package org.civility.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.civility.persistence.account.AccountStore;
import org.civility.persistence.account.StoredAccount;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks user names and passwords against {@code civ_account}. Passwords are stored only as
 * PBKDF2 hashes (Jakarta Security's {@link Pbkdf2PasswordHash}); the caller's groups are the role
 * names it holds anywhere (authorization by unit is core's business). An account created by an
 * OpenID Connect sign-in has no password ({@link StoredAccount#hasPassword()}): no password signs it in.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @PersistenceContext(unitName = "civility")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return new AccountStore(em).findByUsername(up.getCaller())
                .filter(StoredAccount::hasPassword)
                .filter(a -> passwordHash.verify(up.getPassword().getValue(), a.passwordHash()))
                .map(AccountIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** The caller's groups: the names of the roles an account holds anywhere. */
    public static Set<String> groups(StoredAccount account) {
        return account.grants().stream().map(g -> g.role().name()).collect(Collectors.toSet());
    }

    private static CredentialValidationResult valid(StoredAccount account) {
        return new CredentialValidationResult(account.username(), groups(account));
    }
}
