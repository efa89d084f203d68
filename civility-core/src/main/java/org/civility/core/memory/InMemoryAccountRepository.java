package org.civility.core.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.civility.core.account.Account;
import org.civility.core.account.AccountError;
import org.civility.core.account.AccountId;
import org.civility.core.account.AccountRepository;
import org.civility.core.account.ExternalIdentity;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.shared.SharedError;

import static java.util.Objects.requireNonNull;

/** Accounts in memory, as snapshots. Thread-safe. */
public final class InMemoryAccountRepository implements AccountRepository {

    private final Map<AccountId, Account> accounts = new HashMap<>();

    @Override
    public synchronized Optional<Account> find(AccountId id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(accounts.get(id)).map(a -> copy(a, a.version()));
    }

    @Override
    public synchronized boolean any() {
        return !accounts.isEmpty();
    }

    @Override
    public synchronized Optional<Account> findByUsername(String username) {
        requireNonNull(username, "username");
        return accounts.values().stream().filter(a -> a.username().equals(username)).findFirst()
                .map(a -> copy(a, a.version()));
    }

    @Override
    public synchronized Optional<Account> findByExternalIdentity(ExternalIdentity identity) {
        requireNonNull(identity, "identity");
        return accounts.values().stream().filter(a -> a.externalIdentity().filter(identity::equals).isPresent())
                .findFirst().map(a -> copy(a, a.version()));
    }

    @Override
    public synchronized Account store(Account account) {
        requireNonNull(account, "account");
        Account current = accounts.get(account.id());
        long actual = current == null ? 0 : current.version();
        if (account.version() != actual) {
            throw CivilityException.of(SharedError.STALE_VERSION, "what", "account", "id", account.id(),
                    "expected", account.version(), "actual", actual);
        }
        for (Account other : accounts.values()) {
            if (other.id().equals(account.id())) {
                continue;
            }
            if (other.username().equals(account.username())) {
                throw CivilityException.of(AccountError.USERNAME_TAKEN, "username", account.username());
            }
            if (other.externalIdentity().isPresent() && other.externalIdentity().equals(account.externalIdentity())) {
                throw CivilityException.of(AccountError.EXTERNAL_IDENTITY_TAKEN,
                        "issuer", account.externalIdentity().get().issuer());
            }
        }
        Account stored = copy(account, actual + 1);
        accounts.put(stored.id(), stored);
        return copy(stored, stored.version());
    }

    @Override
    public synchronized Page<Account> byUnit(UnitId unit, PageRequest page) {
        requireNonNull(unit, "unit");
        return Page.of(accounts.values().stream().filter(a -> a.holdsRoleAt(unit))
                .sorted(Comparator.comparing(Account::username)).map(a -> copy(a, a.version())).toList(), page);
    }

    private static Account copy(Account a, long version) {
        return Account.restore(a.id(), a.username(), a.personName(), a.credential(), a.state(), a.grants(),
                a.volunteer(), a.createdAt(), a.updatedAt(), version);
    }
}
