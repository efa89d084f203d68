package org.civility.persistence.celebration;

import java.util.Optional;

import org.civility.core.celebration.CeremonyId;
import org.civility.core.celebration.CeremonyKind;
import org.civility.core.celebration.CeremonyLimits;
import org.civility.core.celebration.CeremonyPlan;
import org.civility.core.celebration.CeremonyStatus;
import org.civility.core.celebration.FamilyCeremony;
import org.civility.core.celebration.PersuasionVisit;
import org.civility.core.organisation.UnitId;

/** Maps family ceremonies between core and their JPA model. */
final class FamilyCeremonyMapper {

    private FamilyCeremonyMapper() {
    }

    /** Rebuilds the aggregate through {@link FamilyCeremony#restore}, so stored rows are checked again. */
    static FamilyCeremony toDomain(FamilyCeremonyEntity e) {
        return FamilyCeremony.restore(CeremonyId.of(e.id),
                new CeremonyPlan(UnitId.of(e.unitId), CeremonyKind.valueOf(e.kind), e.host, e.date, e.tables,
                        e.giftFen, e.days),
                new CeremonyLimits(e.maxTables, e.maxGiftFen, e.maxDays), CeremonyStatus.valueOf(e.status),
                e.registeredAt, e.registeredBy,
                e.visitedAt == null ? Optional.empty()
                        : Optional.of(new PersuasionVisit(e.visitNote, e.visitedAt, e.visitedBy)),
                e.version);
    }

    /** Copies every field but id and version onto {@code e}. */
    static void copy(FamilyCeremony c, FamilyCeremonyEntity e) {
        e.unitId = c.unit().toString();
        e.kind = c.kind().name();
        e.host = c.host();
        e.date = c.date();
        e.tables = c.tables();
        e.giftFen = c.giftFen();
        e.days = c.days();
        e.maxTables = c.limitsApplied().maxTables();
        e.maxGiftFen = c.limitsApplied().maxGiftFen();
        e.maxDays = c.limitsApplied().maxDays();
        e.status = c.status().name();
        e.registeredAt = c.registeredAt();
        e.registeredBy = c.registeredBy();
        e.visitNote = c.visit().map(PersuasionVisit::note).orElse(null);
        e.visitedAt = c.visit().map(PersuasionVisit::visitedAt).orElse(null);
        e.visitedBy = c.visit().map(PersuasionVisit::visitedBy).orElse(null);
    }
}
