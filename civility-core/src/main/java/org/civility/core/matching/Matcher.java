package org.civility.core.matching;

import java.util.List;

/**
 * Ranks candidates for a request: highest score first, ties by candidate id as text (ascending), so the ranking is
 * the same on every run and in every implementation.
 */
public interface Matcher {

    /** The best {@code request.limit()} candidates, best first. */
    List<Match> top(MatchRequest request);
}
