package org.civility.web.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.account.Account;
import org.civility.core.audit.AuditEntry;
import org.civility.core.volunteer.VolunteerId;

import java.util.Comparator;
import java.util.List;

/** JSON shapes of accounts and the audit trail. An account never shows its password hash. */
public final class AccountDtos {

    private AccountDtos() {
    }

    public record GrantDto(@NotNull Role role, @NotBlank @Size(max = 36) String unitId) {

        static GrantDto of(RoleGrant g) {
            return new GrantDto(g.role(), g.unit().toString());
        }
    }

    public record AccountDto(String id, String username, String name, String state, String credential,
                             List<GrantDto> grants, String volunteerId, String createdAt, String updatedAt,
                             long version) {

        static AccountDto of(Account a) {
            return new AccountDto(a.id().toString(), a.username(), a.personName(), a.state().name(),
                    a.credential().kind().name(),
                    a.grants().stream().map(GrantDto::of)
                            .sorted(Comparator.comparing(GrantDto::unitId).thenComparing(g -> g.role().name())).toList(),
                    a.volunteer().map(VolunteerId::toString).orElse(null), a.createdAt().toString(),
                    a.updatedAt().toString(), a.version());
        }
    }

    public record CreateAccountDto(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String name,
                                   @NotEmpty @Size(max = 20) List<@Valid @NotNull GrantDto> grants,
                                   @Size(max = 500) String externalIssuer, @Size(max = 255) String externalSubject) {
    }

    /** A created or reset account with its one-time password: shown once, to hand over in person. */
    public record WithOneTimePasswordDto(AccountDto account, String oneTimePassword) {
    }

    public record ChangePasswordDto(@NotNull @Size(max = 200) String currentPassword,
                                    @NotNull @Size(max = 200) String newPassword) {
    }

    public record AuditEntryDto(String id, String at, String actor, String action, String subject, String subjectName,
                                List<String> units, String detail) {

        static AuditEntryDto of(AuditEntry e) {
            return new AuditEntryDto(e.id().toString(), e.at().toString(), e.actor(), e.action().name(), e.subject(),
                    e.subjectName(), e.units().stream().map(Object::toString).sorted().toList(), e.detail());
        }
    }
}
