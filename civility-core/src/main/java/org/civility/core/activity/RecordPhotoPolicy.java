package org.civility.core.activity;

import org.civility.core.governance.PolicySettings;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Decision;
import org.civility.core.shared.Policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * R-ACT-1: what photo an activity record takes. Its bytes must be a picture ({@link ImageType}, known by its magic
 * number, whatever type was declared) and, when a picture type was declared, of that type
 * ({@code ACTIVITY-RECORD-PHOTO-TYPE}); it must stay within the size setting {@link
 * ActivitySettings#MAX_RECORD_PHOTO_MB} ({@code ACTIVITY-RECORD-PHOTO-TOO-LARGE}, naming the limit); and the record
 * must hold fewer photos than {@link ActivitySettings#MAX_RECORD_PHOTOS} ({@code ACTIVITY-RECORD-PHOTO-LIMIT}).
 */
public final class RecordPhotoPolicy implements Policy<RecordPhotoPolicy.Upload> {

    public static final String RULE = "R-ACT-1";

    static final long MEGABYTE = 1024L * 1024L;

    /** A declared type that says nothing about the bytes: the magic number decides alone. */
    private static final String UNSPECIFIED = "application/octet-stream";

    private final PolicySettings settings;

    public RecordPhotoPolicy(PolicySettings settings) {
        this.settings = requireNonNull(settings, "settings");
    }

    /**
     * A photo about to be added to the record of an activity at {@code unit}.
     *
     * @param declaredType the content type its sender declared, or empty
     * @param detected     what its first bytes show it to be ({@link ImageType#detect})
     * @param size         its length in bytes
     * @param photosKept   how many photos the record holds already
     */
    public record Upload(UnitId unit, String name, Optional<String> declaredType, Optional<ImageType> detected,
                         long size, int photosKept) {
        public Upload {
            requireNonNull(unit, "unit");
            requireNonNull(name, "name");
            requireNonNull(declaredType, "declaredType");
            requireNonNull(detected, "detected");
        }
    }

    @Override
    public Decision evaluate(Upload upload) {
        String declared = upload.declaredType().filter(t -> !t.isBlank()).orElse(UNSPECIFIED);
        boolean declaredSomethingElse = !declared.toLowerCase(Locale.ROOT).startsWith(UNSPECIFIED)
                && !ImageType.ofMediaType(declared).equals(upload.detected());
        if (upload.detected().isEmpty() || declaredSomethingElse) {
            return Decision.rejected(ActivityError.RECORD_PHOTO_TYPE, "name", upload.name(), "contentType", declared,
                    "allowed", Arrays.stream(ImageType.values()).map(ImageType::mediaType)
                            .collect(Collectors.joining(", ")));
        }
        int limitMb = limitMb(upload.unit());
        if (upload.size() > limitMb * MEGABYTE) {
            return Decision.rejected(ActivityError.RECORD_PHOTO_TOO_LARGE, "name", upload.name(),
                    "size", upload.size(), "limitMb", limitMb);
        }
        int max = maxPhotos(upload.unit());
        if (upload.photosKept() >= max) {
            return Decision.rejected(ActivityError.RECORD_PHOTO_LIMIT, "max", max);
        }
        return Decision.allowed();
    }

    /** The size limit in MB at a unit. */
    public int limitMb(UnitId unit) {
        return settings.effective(ActivitySettings.MAX_RECORD_PHOTO_MB, unit);
    }

    /** The most photos a record keeps at a unit. */
    public int maxPhotos(UnitId unit) {
        return settings.effective(ActivitySettings.MAX_RECORD_PHOTOS, unit);
    }
}
