package org.civility.core.appraisal;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/** Identity of an {@link AppraisalCampaign}. */
public record CampaignId(UUID value) {

    public CampaignId {
        requireNonNull(value, "value");
    }

    public static CampaignId of(String value) {
        return new CampaignId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
