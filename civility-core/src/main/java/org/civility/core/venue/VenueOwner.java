package org.civility.core.venue;

import java.util.Optional;

/**
 * Who owns a venue (a school, the village committee, an enterprise). Set once when the venue is
 * registered and never changed (R-VEN-1: 权属不变).
 *
 * @param name    the owner's name, never blank
 * @param contact how to reach the owner, if known
 */
public record VenueOwner(String name, Optional<String> contact) {

    public VenueOwner {
        name = Texts.required(name, "owner.name");
        contact = Texts.required(contact, "owner.contact").map(String::strip).filter(c -> !c.isEmpty());
    }

    public static VenueOwner of(String name) {
        return new VenueOwner(name, Optional.empty());
    }

    public static VenueOwner of(String name, String contact) {
        return new VenueOwner(name, Optional.ofNullable(contact));
    }
}
