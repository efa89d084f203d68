package org.civility.core.notice;

import org.civility.core.access.Role;
import org.civility.core.organisation.UnitId;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * A message for the holders of one role at one unit (the station's head, say), sent through {@link Notifier#alert}:
 * something they must look into. Who holds the role, and how they are reached, is the notifier's business, as the
 * audience of a notice is. The message is an error code with its arguments, rendered in the recipients' language
 * from the same bundles as problem answers; the arguments hold no personal data.
 *
 * @param unit the unit whose role holders are alerted
 * @param to   the role alerted there
 * @param code a stable code, such as RECORD-CHAIN-BROKEN
 * @param args the code's arguments
 */
public record StaffAlert(UnitId unit, Role to, String code, Map<String, Object> args) {

    public StaffAlert {
        requireNonNull(unit, "unit");
        requireNonNull(to, "to");
        requireNonNull(code, "code");
        args = Map.copyOf(requireNonNull(args, "args"));
    }

    /** Same for every attempt to send this alert, for a gateway that drops duplicates. */
    public String idempotencyKey() {
        return "alert:" + code + ":" + unit + ":" + args.hashCode();
    }
}
