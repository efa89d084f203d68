package org.civility.portal.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.recognition.PointsSettings;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.shared.Page;
import org.civility.core.shared.PageRequest;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerRepository;

/**
 * The steps of {@link PointsExpirySchedule}, each in its own JTA transaction. The expiry runs as the system:
 * an administrator of exactly the volunteers' home unit (what {@code RecognitionService.expire} needs there).
 */
@ApplicationScoped
public class PointsExpiryRun {

    @Inject
    UnitRepository units;

    @Inject
    VolunteerRepository volunteers;

    @Inject
    RecognitionService recognition;

    @Inject
    PolicySettings settings;

    /** Every unit of the network, parents first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UnitId> units() {
        List<UnitId> result = new ArrayList<>();
        List<UnitId> queue = new ArrayList<>(all(units::roots).stream().map(Unit::id).toList());
        while (!queue.isEmpty()) {
            UnitId next = queue.removeFirst();
            result.add(next);
            all(p -> units.children(next, p)).forEach(c -> queue.add(c.id()));
        }
        return result;
    }

    /**
     * Expires due points of the volunteers whose home unit is {@code unit}, if expiry is enabled there.
     *
     * @return how many volunteers had points expired (0 when the setting is 0)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireAt(UnitId unit) {
        if (settings.effective(PointsSettings.EXPIRE_AFTER_YEARS, unit) <= 0) {
            return 0;
        }
        Actor system = Actor.of(ServiceRecordService.SYSTEM, new RoleGrant(Role.ADMINISTRATOR, unit));
        int expired = 0;
        for (Volunteer v : all(p -> volunteers.byUnit(unit, p))) {
            if (recognition.expire(system, v.id(), unit).isPresent()) {
                expired++;
            }
        }
        return expired;
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> items = new ArrayList<>();
        PageRequest page = new PageRequest(0, PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> slice = query.apply(page);
            items.addAll(slice.items());
            if (!slice.hasMore()) {
                return items;
            }
            page = new PageRequest(page.offset() + slice.items().size(), PageRequest.MAX_LIMIT);
        }
    }
}
