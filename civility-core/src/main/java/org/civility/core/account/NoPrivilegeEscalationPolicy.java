package org.civility.core.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.access.RoleGrant;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * R-ACC-1 an administrator grants roles only at units inside their own subtree, and never a role that carries a
 * permission they do not hold themselves (no privilege escalation). A grant or revoke of {@code role} at
 * {@code unit} is allowed when the actor holds {@link Permission#MANAGE_ACCOUNTS} at the unit (a role at the unit or
 * above it) and, at that unit, every permission the role carries, except those that come with an office held outside
 * the portal ({@link org.civility.core.access.Role#permissionsToGrant()}: an administrator records who sits on the
 * residents' committee without approving venue use themselves, ADR 0034). Revoking is held to the same test: whoever
 * could not have granted a role may not take it away either (an administrator cannot strip a head).
 *
 * <p>Rejects with {@link AccountError#BEYOND_AUTHORITY} (kind FORBIDDEN), naming the actor, role, unit and the
 * permissions missing (comma-separated, in {@link Permission} order).
 */
public final class NoPrivilegeEscalationPolicy implements Policy<NoPrivilegeEscalationPolicy.RoleChange> {

    public static final String RULE = "R-ACC-1";

    private final AccessControl access;

    public NoPrivilegeEscalationPolicy(AccessControl access) {
        this.access = requireNonNull(access, "access");
    }

    /** An actor granting or revoking one role at one unit. */
    public record RoleChange(Actor actor, RoleGrant grant) {

        public RoleChange {
            requireNonNull(actor, "actor");
            requireNonNull(grant, "grant");
        }
    }

    @Override
    public Decision evaluate(RoleChange change) {
        List<String> missing = new ArrayList<>();
        if (!access.permits(change.actor(), Permission.MANAGE_ACCOUNTS, change.grant().unit())) {
            missing.add(Permission.MANAGE_ACCOUNTS.name());
        }
        for (Permission p : change.grant().role().permissionsToGrant()) {
            if (p != Permission.MANAGE_ACCOUNTS && !access.permits(change.actor(), p, change.grant().unit())) {
                missing.add(p.name());
            }
        }
        if (missing.isEmpty()) {
            return Decision.allowed();
        }
        missing.sort(Comparator.comparing(Permission::valueOf));
        return Decision.rejected(AccountError.BEYOND_AUTHORITY, "actor", change.actor().name(),
                "role", change.grant().role().name(), "unit", change.grant().unit(),
                "missing", String.join(",", missing));
    }
}
