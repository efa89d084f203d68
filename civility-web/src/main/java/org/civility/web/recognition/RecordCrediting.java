package org.civility.web.recognition;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.civility.core.access.Actor;
import org.civility.core.access.Role;
import org.civility.core.access.RoleGrant;
import org.civility.core.organisation.UnitId;
import org.civility.core.recognition.HoursRecorded;
import org.civility.core.recognition.HoursSource;
import org.civility.core.recognition.PointsEntry;
import org.civility.core.recognition.RecognitionService;
import org.civility.core.record.RecordSource;
import org.civility.core.record.ServiceRecord;
import org.civility.core.record.ServiceRecordId;
import org.civility.core.record.ServiceRecordRepository;
import org.civility.core.record.ServiceRecordService;
import org.civility.core.record.ServiceRecorded;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

/**
 * Turns a service record entry into points (hours → points): the entry and the chain of entries it
 * corrects (a check-out corrects the open check-in, an administrator's correction replaces an entry) go to
 * {@link RecognitionService#creditRecorded}, which credits only the difference to what the chain already
 * earned, or withdraws it when the correction is smaller. Replaying an entry changes nothing (the ledger
 * holds at most one line per record id).
 *
 * <p>Who credits: the system, not the person who recorded. A volunteer who checks out has SIGN_UP only,
 * while crediting needs MANAGE_ACTIVITIES; the record service already checked the recorder's rights, and
 * the points follow from the record by rule. So the crediting runs as {@link #systemActorAt the system
 * actor}, an administrator of exactly the recording unit and nothing else (see ADR 0013).
 */
public final class RecordCrediting {

    private final ServiceRecordRepository records;
    private final RecognitionService recognition;

    public RecordCrediting(ServiceRecordRepository records, RecognitionService recognition) {
        this.records = requireNonNull(records, "records");
        this.recognition = requireNonNull(recognition, "recognition");
    }

    /** Credits the difference an entry makes; empty when it makes none or was credited before. */
    public Optional<PointsEntry> credit(ServiceRecorded event) {
        requireNonNull(event, "event");
        ServiceRecord entry = load(event.id());
        List<UUID> replaces = new ArrayList<>();
        Set<ServiceRecordId> seen = new HashSet<>();
        seen.add(entry.id());
        Optional<ServiceRecordId> corrected = entry.corrects();
        while (corrected.isPresent() && seen.add(corrected.get())) {
            replaces.add(corrected.get().value());
            corrected = load(corrected.get()).corrects();
        }
        return recognition.creditRecorded(systemActorAt(entry.unit()), new HoursRecorded(entry.volunteer(),
                entry.unit(), entry.minutes(), source(entry.source()), entry.id().value(), replaces,
                entry.recordedAt()));
    }

    /** The system as an administrator of exactly {@code unit}: what crediting a record of that unit needs. */
    static Actor systemActorAt(UnitId unit) {
        return Actor.of(ServiceRecordService.SYSTEM, new RoleGrant(Role.ADMINISTRATOR, unit));
    }

    static HoursSource source(RecordSource source) {
        return switch (source) {
            case SELF_CHECK_IN -> HoursSource.SELF_CHECK_IN;
            case ADMIN_MAKE_UP -> HoursSource.ADMIN_MAKE_UP;
            case IMPORT -> HoursSource.IMPORT;
        };
    }

    private ServiceRecord load(ServiceRecordId id) {
        return records.find(id).orElseThrow(
                () -> CivilityException.of(SharedError.NOT_FOUND, "what", "service record", "id", id));
    }
}
