package org.civility.core.appraisal;

import java.util.Optional;

/**
 * Who is nominated: a household, or a person of a household (a good daughter-in-law, a moral model).
 *
 * @param household the household, never null
 * @param person    the person's name if a person rather than the household is nominated
 */
public record Nominee(HouseholdId household, Optional<String> person) {

    public Nominee {
        Checks.required(household, "household");
        person = Checks.optional(person, "person");
    }

    public static Nominee household(HouseholdId household) {
        return new Nominee(household, Optional.empty());
    }

    public static Nominee person(String name, HouseholdId household) {
        return new Nominee(household, Optional.of(Checks.required(name, "person")));
    }
}
