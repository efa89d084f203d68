package org.civility.core.recognition;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A line of the yearly commendation with the name it may be shown with: a team's name always, a volunteer's only
 * when their latest answer to public naming is yes (DOMAIN §6a).
 *
 * @param name empty for a volunteer who did not consent to being named
 */
public record NamedCommendation(Commended line, Optional<String> name) {

    public NamedCommendation {
        requireNonNull(line, "line");
        requireNonNull(name, "name");
    }
}
