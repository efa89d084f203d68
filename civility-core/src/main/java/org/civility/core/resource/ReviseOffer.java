package org.civility.core.resource;

import java.util.List;
import java.util.Set;

import org.civility.core.matching.WeeklyWindow;

/**
 * Replaces an offer's skills, area, availability and note.
 *
 * @param expectedVersion the version the caller read, or null not to check
 */
public record ReviseOffer(ServiceOfferId offer, Long expectedVersion, Set<String> skills, OfferArea area,
                          List<WeeklyWindow> availability, String note) {
}
