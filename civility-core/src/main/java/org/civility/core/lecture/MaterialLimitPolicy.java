package org.civility.core.lecture;

import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import static java.util.Objects.requireNonNull;

/**
 * R-LECT-3: a material's content type must fit its kind ({@code LECTURE-MATERIAL-TYPE}) and its size
 * must stay within the kind's limit, a setting per kind ({@code LECTURE-MATERIAL-TOO-LARGE}, naming the limit).
 */
public final class MaterialLimitPolicy implements Policy<MaterialLimitPolicy.Upload> {

    public static final String RULE = "R-LECT-3";

    static final long MEGABYTE = 1024L * 1024L;

    private final PolicySettings settings;

    public MaterialLimitPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /** A material about to be archived at a unit. */
    public record Upload(UnitId unit, String name, MaterialKind kind, String contentType, long size) {
        public Upload {
            requireNonNull(unit, "unit");
            requireNonNull(name, "name");
            requireNonNull(kind, "kind");
            requireNonNull(contentType, "contentType");
        }
    }

    @Override
    public Decision evaluate(Upload upload) {
        if (!upload.kind().accepts(upload.contentType())) {
            return Decision.rejected(LectureError.MATERIAL_TYPE, "name", upload.name(), "kind", upload.kind().name(),
                    "contentType", upload.contentType(),
                    "allowed", String.join(", ", upload.kind().contentTypes().stream().sorted().toList()));
        }
        int limitMb = limitMb(upload.unit(), upload.kind());
        if (upload.size() > limitMb * MEGABYTE) {
            return Decision.rejected(LectureError.MATERIAL_TOO_LARGE, "name", upload.name(),
                    "kind", upload.kind().name(), "size", upload.size(), "limitMb", limitMb);
        }
        return Decision.allowed();
    }

    /** The limit in MB for a kind at a unit. */
    public int limitMb(UnitId unit, MaterialKind kind) {
        return settings.effective(LectureSettings.maxMegabytes(kind), unit);
    }
}
