package org.civility.core.record;

import org.civility.core.access.AccessControl;
import org.civility.core.access.Actor;
import org.civility.core.access.Permission;
import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;
import org.civility.core.volunteer.Volunteer;
import org.civility.core.volunteer.VolunteerId;
import org.civility.core.volunteer.VolunteerRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The service records of a unit's whole subtree over a period, for an export (Excel, CSV): every effective entry
 * (not corrected by a later one) recorded by the unit or any unit below it whose start lies in the period, with the
 * recording unit's name and the volunteer's real name. ID and phone numbers are never part of it.
 *
 * <p>Only for the staff who keep the unit's records ({@link Permission#MANAGE_ACTIVITIES} or
 * {@link Permission#REGISTER_VOLUNTEERS} at the unit, as for make-up time), not for volunteers and residents who
 * may merely view it; a role at a unit covers the units below it. The recording unit names the volunteers who served
 * with it (谁记录谁证明), whatever their home unit. A period is at most {@value #MAX_DAYS} days and an export at most
 * {@value #MAX_ENTRIES} entries.
 */
public final class ServiceRecordExport {

    /** The longest period one export covers. */
    public static final int MAX_DAYS = 1_100;
    /** The most entries one export holds. */
    public static final int MAX_ENTRIES = 50_000;

    private final ServiceRecordRepository records;
    private final UnitRepository units;
    private final VolunteerRepository volunteers;
    private final AccessControl access;

    public ServiceRecordExport(ServiceRecordRepository records, UnitRepository units, VolunteerRepository volunteers,
                               AccessControl access) {
        this.records = requireNonNull(records, "records");
        this.units = requireNonNull(units, "units");
        this.volunteers = requireNonNull(volunteers, "volunteers");
        this.access = requireNonNull(access, "access");
    }

    /**
     * The effective entries of {@code root}'s subtree starting in [{@code from}, {@code to}), ordered by start, then
     * recording unit and sequence.
     *
     * @return never null
     * @throws CivilityException {@code ACCESS-DENIED}; {@code NOT-FOUND} for an unknown unit;
     *                           {@code RECORD-EXPORT-PERIOD} when {@code to} is not after {@code from} or the period
     *                           is longer than {@value #MAX_DAYS} days; {@code RECORD-EXPORT-TOO-LARGE} beyond
     *                           {@value #MAX_ENTRIES} entries
     */
    public List<ExportedRecord> entries(Actor actor, UnitId root, Instant from, Instant to) {
        requireNonNull(root, "root");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        RecordKeepers.require(access, actor, root);
        if (!to.isAfter(from) || Duration.between(from, to).toDays() > MAX_DAYS) {
            throw CivilityException.of(RecordError.EXPORT_PERIOD, "from", from, "to", to, "maxDays", MAX_DAYS);
        }
        Unit top = units.find(root).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", root));
        Map<UnitId, String> unitNames = new HashMap<>();
        units.subtree(top).forEach(u -> unitNames.put(u.id(), u.name()));
        // one more than an export may hold, to tell a full export from one too large
        List<ServiceRecord> entries = records.effectiveStartingBetween(unitNames.keySet(), from, to, MAX_ENTRIES + 1);
        if (entries.size() > MAX_ENTRIES) {
            throw CivilityException.of(RecordError.EXPORT_TOO_LARGE, "max", MAX_ENTRIES);
        }
        Map<VolunteerId, String> names = new HashMap<>();
        List<ExportedRecord> lines = new ArrayList<>(entries.size());
        for (ServiceRecord e : entries) {
            String name = names.computeIfAbsent(e.volunteer(),
                    v -> volunteers.find(v).map(Volunteer::realName).orElse(""));
            lines.add(new ExportedRecord(e, unitNames.get(e.unit()), name, RecordStatus.of(e)));
        }
        lines.sort(Comparator.comparing((ExportedRecord l) -> l.entry().start())
                .thenComparing(l -> l.entry().unit().toString())
                .thenComparingLong(l -> l.entry().sequence()));
        return lines;
    }
}
