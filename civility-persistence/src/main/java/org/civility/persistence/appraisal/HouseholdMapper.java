package org.civility.persistence.appraisal;

import org.civility.core.appraisal.CampaignId;
import org.civility.core.appraisal.Household;
import org.civility.core.appraisal.HouseholdAward;
import org.civility.core.appraisal.HouseholdId;
import org.civility.core.organisation.UnitId;

import java.util.List;
import java.util.Optional;

/** Between {@link Household} and {@link HouseholdEntity}. */
final class HouseholdMapper {

    private HouseholdMapper() {
    }

    static Household toDomain(HouseholdEntity e) {
        List<HouseholdAward> history = e.history.stream()
                .map(a -> new HouseholdAward(CampaignId.of(a.campaignId), a.kind, a.title, a.year,
                        Optional.ofNullable(a.person), Optional.ofNullable(a.stars), a.awardedAt))
                .toList();
        return Household.restore(HouseholdId.of(e.id), UnitId.of(e.unitId), e.head, e.address,
                Optional.ofNullable(e.grid), e.members, e.voters, history, e.version);
    }

    /** Copies every field but the id and the version, which the entity manages. */
    static void copy(Household h, HouseholdEntity e) {
        e.unitId = h.unit().toString();
        e.head = h.head();
        e.address = h.address();
        e.grid = h.grid().orElse(null);
        e.members = h.members();
        Rows.syncUnordered(e.voters, h.voters());
        Rows.syncOrdered(e.history, h.history().stream()
                .map(a -> new HouseholdAwardEmbeddable(a.campaign().toString(), a.kind(), a.title(), a.year(),
                        a.person().orElse(null), a.stars().orElse(null), a.awardedAt()))
                .toList());
    }
}
