package org.civility.core.certificate;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.civility.core.organisation.Unit;
import org.civility.core.organisation.UnitId;
import org.civility.core.organisation.UnitRepository;
import org.civility.core.shared.CivilityException;
import org.civility.core.shared.SharedError;

import static java.util.Objects.requireNonNull;

/**
 * Who certifies what a unit recorded: "who records certifies" (谁记录谁证明, 民发〔2015〕149号) — the recording unit
 * itself, or, once it was dissolved, its nearest ancestor that was not.
 */
public final class CertifyingUnit {

    private final UnitRepository units;

    public CertifyingUnit(UnitRepository units) {
        this.units = requireNonNull(units, "units");
    }

    /**
     * The unit that certifies the records of {@code recordingUnit}.
     *
     * @throws CivilityException NOT-FOUND for an unknown unit; CERTIFICATE-NO-ISSUER if it and all its ancestors
     *                           were dissolved
     */
    public Unit of(UnitId recordingUnit) {
        Unit unit = load(recordingUnit);
        Set<UnitId> seen = new HashSet<>();
        while (unit.dissolved()) {
            if (!seen.add(unit.id())) {
                break;
            }
            Optional<UnitId> parent = unit.parent();
            if (parent.isEmpty()) {
                break;
            }
            unit = load(parent.get());
        }
        if (unit.dissolved()) {
            throw CivilityException.of(CertificateError.NO_ISSUER, "unit", recordingUnit);
        }
        return unit;
    }

    private Unit load(UnitId id) {
        return units.find(id).orElseThrow(() -> CivilityException.of(SharedError.NOT_FOUND, "what", "unit", "id", id));
    }
}
