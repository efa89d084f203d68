package org.civility.core.notice;

import java.time.Duration;

import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * R-NOTE-1 activities are announced in advance (DOMAIN §7): a notice must go out at least
 * {@link #MIN_LEAD_HOURS} hours (default 24; a lower tier may only raise it) before its subject
 * starts. Rejects with {@link NoticeError#TOO_LATE}, naming the start, the publish time and the
 * minimum lead.
 */
public final class AnnouncedAheadPolicy implements Policy<Announcement> {

    public static final String RULE = "R-NOTE-1";

    /** Minimum lead time between publishing a notice and the start of its subject, in whole hours. */
    public static final SettingKey<Integer> MIN_LEAD_HOURS = SettingKey.higherIsStricter("notice.min-lead-hours", 24);

    private final PolicySettings settings;

    public AnnouncedAheadPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    @Override
    public Decision evaluate(Announcement announcement) {
        int minLeadHours = settings.effective(MIN_LEAD_HOURS, announcement.unit());
        Duration lead = Duration.between(announcement.publishAt(), announcement.startsAt());
        if (lead.compareTo(Duration.ofHours(minLeadHours)) < 0) {
            return Decision.rejected(NoticeError.TOO_LATE, "startsAt", announcement.startsAt(),
                    "publishAt", announcement.publishAt(), "minLeadHours", minLeadHours);
        }
        return Decision.allowed();
    }
}
