package org.civility.core.recognition;

import java.util.UUID;
import org.civility.core.organisation.UnitId;

/**
 * One line of the yearly commendation list.
 *
 * @param rank 1-based rank within the unit and nominee kind
 * @param id   the volunteer's or team's id
 */
public record Commended(Nominee nominee, UUID id, UnitId unit, int rank, long minutes, double averageRating) {
}
