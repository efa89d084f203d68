package org.civility.persistence.account;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.Account;
import org.civility.core.account.AccountId;
import org.civility.core.account.AccountState;
import org.civility.core.account.Credential;
import org.civility.core.account.CredentialKind;
import org.civility.core.account.ExternalIdentity;
import org.civility.core.account.PasswordHash;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.VolunteerId;

/** Maps accounts between the domain and the JPA model. */
final class AccountMapper {

    private AccountMapper() {
    }

    static Account toDomain(AccountEntity e) {
        Credential credential = CredentialKind.valueOf(e.credentialKind) == CredentialKind.EXTERNAL
                ? new ExternalIdentity(e.externalIssuer, e.externalSubject)
                : new PasswordHash(e.passwordHash);
        Set<RoleGrant> grants = new LinkedHashSet<>();
        for (AccountGrantEmbeddable g : e.grants) {
            grants.add(new RoleGrant(Role.valueOf(g.role), UnitId.of(g.unitId)));
        }
        return Account.restore(AccountId.of(e.id), e.username, e.displayName, credential,
                AccountState.valueOf(e.state), grants, Optional.ofNullable(e.volunteerId).map(VolunteerId::of),
                e.createdAt, e.updatedAt, e.version);
    }

    static void copy(Account a, AccountEntity e) {
        e.displayName = a.personName();
        e.state = a.state().name();
        e.credentialKind = a.credential().kind().name();
        e.passwordHash = a.passwordHash().map(PasswordHash::encoded).orElse(null);
        e.externalIssuer = a.externalIdentity().map(ExternalIdentity::issuer).orElse(null);
        e.externalSubject = a.externalIdentity().map(ExternalIdentity::subject).orElse(null);
        e.volunteerId = a.volunteer().map(VolunteerId::toString).orElse(null);
        e.createdAt = a.createdAt();
        e.updatedAt = a.updatedAt();
        // Keep the rows of grants still held; drop the revoked ones, add the new ones.
        Set<RoleGrant> held = a.grants();
        e.grants.removeIf(g -> !held.contains(new RoleGrant(Role.valueOf(g.role), UnitId.of(g.unitId))));
        for (RoleGrant g : held) {
            boolean stored = e.grants.stream()
                    .anyMatch(s -> s.role.equals(g.role().name()) && s.unitId.equals(g.unit().toString()));
            if (!stored) {
                e.grants.add(new AccountGrantEmbeddable(g.role().name(), g.unit().toString()));
            }
        }
    }
}
