package org.civility.core.assistance;

import org.civility.core.volunteer.GuardianRelation;
import org.civility.core.volunteer.PhoneNumber;

import static java.util.Objects.requireNonNull;

/**
 * The guardian of a child in care (监护人). Part of the recipient's protected details.
 *
 * @param name     1-{@value CareRecipient#MAX_NAME_LENGTH} characters
 * @param phone    how to reach the guardian, never null
 * @param relation the guardian's relation to the child, never null
 */
public record Guardian(String name, PhoneNumber phone, GuardianRelation relation) {

    public Guardian {
        name = CareRecipient.checkName(name, "guardianName");
        requireNonNull(phone, "phone");
        requireNonNull(relation, "relation");
    }

    /** Never prints the guardian's name or phone number. */
    @Override
    public String toString() {
        return "Guardian[" + relation + "]";
    }
}
