package org.civility.core.order;

import org.civility.core.shared.CivilityException;

/** The requester's rating (评单): 1 to 5 stars and an optional comment. */
public record Rating(int stars, String comment) {

    public Rating {
        if (stars < 1 || stars > 5) {
            throw CivilityException.of(OrderError.STARS_INVALID, "stars", stars);
        }
        comment = Texts.optional(comment, "comment", ServiceOrder.MAX_TEXT);
    }
}
