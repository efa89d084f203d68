package org.civility.core.venue;

/**
 * The party that uses a booked venue and answers for damage (R-VEN-4).
 *
 * @param name                the using person or organisation, never blank
 * @param outsideOrganisation true if the user is an organisation from outside the community; it
 *                            must also restore the venue after damage
 */
public record VenueUser(String name, boolean outsideOrganisation) {

    public VenueUser {
        name = Texts.required(name, "user.name");
    }

    public static VenueUser resident(String name) {
        return new VenueUser(name, false);
    }

    public static VenueUser outsideOrganisation(String name) {
        return new VenueUser(name, true);
    }
}
