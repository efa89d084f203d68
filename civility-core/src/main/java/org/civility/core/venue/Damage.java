package org.civility.core.venue;

import java.time.Instant;

import org.civility.core.shared.CivilityException;

/**
 * Damage done during a booking, charged to its user and compensated at cost (R-VEN-4).
 *
 * @param description         what was damaged, never blank
 * @param costInFen           the cost to compensate, in fen (0.01 yuan), zero or more
 * @param responsibleParty    who caused it, never blank
 * @param chargedTo           the booking's user, who compensates
 * @param restorationRequired true when the user is an outside organisation: it must also restore the venue
 * @param recordedAt          when it was recorded
 */
public record Damage(String description, long costInFen, String responsibleParty, String chargedTo,
                     boolean restorationRequired, Instant recordedAt) {

    public Damage {
        description = Texts.required(description, "description");
        if (costInFen < 0) {
            throw CivilityException.of(VenueError.DAMAGE_COST_INVALID, "costInFen", costInFen);
        }
        responsibleParty = Texts.required(responsibleParty, "responsibleParty");
        chargedTo = Texts.required(chargedTo, "chargedTo");
        Texts.required(recordedAt, "recordedAt");
    }
}
