package org.civility.web.venue;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.venue.BookingId;
import org.civility.core.venue.ChecklistItem;
import org.civility.core.venue.VenueId;
import org.civility.web.support.Inputs;

import java.util.Arrays;
import java.util.Locale;

/** Ids and labels from paths, queries and bodies: a malformed one is a 400 problem, never a 500. */
final class PathIds {

    private PathIds() {
    }

    static VenueId venue(String id) {
        return Inputs.id(id, "id", VenueId::of);
    }

    static BookingId booking(String id) {
        return Inputs.id(id, "id", BookingId::of);
    }

    /** @throws CivilityException REQUIRED if absent, INVALID-INPUT if not a UUID */
    static UnitId unit(String id, String field) {
        return Inputs.unitId(id, field);
    }

    static ChecklistItem checklistItem(String item) {
        try {
            return ChecklistItem.valueOf(item.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw CivilityException.of(SharedError.INVALID_INPUT, "field", "item",
                    "reason", "one of " + Arrays.toString(ChecklistItem.values()));
        }
    }
}
