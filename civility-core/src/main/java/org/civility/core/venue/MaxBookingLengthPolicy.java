package org.civility.core.venue;

import java.time.Duration;

import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * A locality's limit on how long one booking may hold a venue, so one user cannot block it for
 * days. Setting {@link #MAX_BOOKING_HOURS} (default 12 hours; a lower tier may only lower it).
 * Rejects with {@link VenueError#TOO_LONG}.
 */
public final class MaxBookingLengthPolicy implements Policy<BookingRequest> {

    public static final String RULE = "VENUE-TOO-LONG";

    /** Longest booking in whole hours. */
    public static final SettingKey<Integer> MAX_BOOKING_HOURS = SettingKey.lowerIsStricter("venue.max-booking-hours", 12);

    private final PolicySettings settings;

    public MaxBookingLengthPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public Decision evaluate(BookingRequest request) {
        int maxHours = settings.effective(MAX_BOOKING_HOURS, request.unit());
        Duration length = request.period().duration();
        if (length.compareTo(Duration.ofHours(maxHours)) > 0) {
            return Decision.rejected(VenueError.TOO_LONG, "venue", request.venue(), "minutes", length.toMinutes(),
                    "maxHours", maxHours);
        }
        return Decision.allowed();
    }
}
