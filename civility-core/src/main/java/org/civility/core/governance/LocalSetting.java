package org.civility.core.governance;

import java.time.Instant;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A value a unit has set itself, as stored text, with who set it and when. Values stored before
 * the portal kept their setter have neither.
 *
 * @param value the value, as text (validated by {@link GovernanceService} before it is stored)
 * @param setBy the name of the actor who set it
 * @param setAt when it was set
 */
public record LocalSetting(String value, Optional<String> setBy, Optional<Instant> setAt) {

    public LocalSetting {
        requireNonNull(value, "value");
        requireNonNull(setBy, "setBy");
        requireNonNull(setAt, "setAt");
    }

    /** A value set by {@code by} at {@code at}. */
    public static LocalSetting of(String value, String by, Instant at) {
        return new LocalSetting(value, Optional.of(by), Optional.of(at));
    }
}
