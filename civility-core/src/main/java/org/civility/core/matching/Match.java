package org.civility.core.matching;

import java.util.UUID;

/**
 * One ranked candidate with its score (0..100) and the factors it is made of, each in 0..1.
 *
 * @param candidate    the candidate's (offer's) id
 * @param score        {@code 40·skillFit + 25·proximity + 25·availability + 10·fairness}
 * @param skillFit     share of the requested skills the candidate has (1 when none are requested)
 * @param proximity    1 in the same grid, 0.8 in the same unit, a nearby unit's closeness, or by distance
 *                     {@code 1 / (1 + km / 2)} when both places are known, whichever is highest
 * @param availability share of the requested time covered by the candidate's weekly windows (1 when no time asked)
 * @param fairness     {@code 1 / (1 + recent load)}
 */
public record Match(UUID candidate, double score, double skillFit, double proximity, double availability,
                    double fairness) {
}
