package org.civility.core.resource;

import org.civility.core.matching.Match;

/** An offer as ranked for an order, with its score and factors. */
public record RankedOffer(ServiceOffer offer, Match match) {
}
