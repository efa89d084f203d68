package org.civility.core.resource;

import java.util.List;
import java.util.Set;

import org.civility.core.matching.WeeklyWindow;
import org.civility.core.order.Assignee;

/** Publishes the offer of a volunteer (their own) or a team. */
public record PublishOffer(Assignee owner, Set<String> skills, OfferArea area, List<WeeklyWindow> availability,
                           String note) {
}
