package org.civility.notices;

import java.util.List;

import org.civility.core.access.Role;
import org.civility.core.notice.Channel;
import org.civility.core.notice.Subject;
import org.civility.core.organisation.UnitId;
import org.civility.core.volunteer.PhoneNumber;

/**
 * Who a unit's notices reach: implemented by the portal, which knows who subscribed. A notice names its unit and
 * subject, never people; the notifiers ask here at every attempt, so a subscription made or dropped before a retry
 * counts. Implementations must be quick and thread-safe, and must not throw for a unit without subscribers (an
 * empty list is sent to nobody and counts as sent).
 *
 * <p>The notifiers tell the portal of numbers and mailboxes the provider refused as invalid: they are dropped from
 * that delivery for good instead of making it fail for ever, and the portal may mark or remove the subscription.
 */
public interface NoticeRecipients {

    /**
     * The mobile numbers that take the unit's notices by SMS (for this subject, if the portal tells subjects apart).
     *
     * @return never null; duplicates are sent once
     */
    List<PhoneNumber> phones(UnitId unit, Subject subject);

    /**
     * The mailboxes a notice through {@code channel} goes to when that channel is carried by e-mail (the residents who
     * asked for mail; for posters, the mailbox of whoever prints them). By default none.
     *
     * @return never null; addresses as in RFC 5322 ({@code name@example.org})
     */
    default List<String> mailboxes(UnitId unit, Subject subject, Channel channel) {
        return List.of();
    }

    /** The mailboxes of the holders of {@code role} at {@code unit}, for staff alerts by e-mail. By default none. */
    default List<String> staffMailboxes(UnitId unit, Role role) {
        return List.of();
    }

    /**
     * The provider refused {@code phone} as not a valid number ({@code reason}: its code); it is not tried again for
     * this delivery. By default nothing is done.
     */
    default void phoneRejected(UnitId unit, PhoneNumber phone, String reason) {
    }

    /** As {@link #phoneRejected}, for a mailbox that is malformed or that the mail server refused for good. */
    default void mailboxRejected(UnitId unit, String mailbox, String reason) {
    }

    /** Nobody: every notice is sent to nobody. */
    static NoticeRecipients none() {
        return (unit, subject) -> List.of();
    }
}
