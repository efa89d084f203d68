package org.civility.core.governance;

import org.civility.core.organisation.UnitId;
import org.civility.core.shared.DomainEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * A unit set or cleared a setting. {@code value} is empty when cleared; {@code by} is the acting
 * actor's name.
 */
public record PolicySettingChanged(UnitId unit, String setting, Optional<String> value, String by,
                                   Instant occurredAt) implements DomainEvent {
}
