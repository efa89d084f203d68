package org.civility.core.activity;

import org.civility.core.governance.PolicySettings;
import org.civility.core.governance.SettingKey;
import org.civility.core.organisation.UnitId;
import org.civility.core.shared.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civility.core.fixtures.ActivityRecordFixtures.aJpeg;
import static org.civility.core.fixtures.ActivityRecordFixtures.aPng;

class RecordPhotoPolicyTest {

    private static final UnitId STATION = new UnitId(UUID.randomUUID());

    private final RecordPhotoPolicy policy = new RecordPhotoPolicy(PolicySettings.defaults());

    private static RecordPhotoPolicy.Upload upload(String declared, byte[] bytes, long size, int kept) {
        return new RecordPhotoPolicy.Upload(STATION, "合影", Optional.ofNullable(declared),
                ImageType.detect(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, ImageType.HEADER_LENGTH))),
                size, kept);
    }

    @Test
    @DisplayName("R-ACT-1 a photo is a picture by its magic number, whatever type is declared")
    void knowsPicturesByTheirFirstBytes() {
        assertThat(ImageType.detect(aPng(20))).contains(ImageType.PNG);
        assertThat(ImageType.detect(aJpeg(20))).contains(ImageType.JPEG);
        assertThat(ImageType.detect("GIF89a......".getBytes(StandardCharsets.US_ASCII))).contains(ImageType.GIF);
        assertThat(ImageType.detect("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII))).contains(ImageType.WEBP);
        assertThat(ImageType.detect("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageType.detect("MZ\u0090\0 an exe".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ImageType.detect(new byte[] {(byte) 0x89, 'P'})).isEmpty();
        assertThat(ImageType.detect(new byte[0])).isEmpty();
    }

    @Test
    @DisplayName("R-ACT-1 a file declared as a picture that is none is refused")
    void refusesAFileThatIsNoPicture() {
        byte[] exe = "MZ this is not a picture".getBytes(StandardCharsets.US_ASCII);

        Decision declaredPng = policy.evaluate(upload("image/png", exe, exe.length, 0));
        Decision undeclared = policy.evaluate(upload(null, exe, exe.length, 0));

        assertThat(declaredPng).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.code().code()).isEqualTo("ACTIVITY-RECORD-PHOTO-TYPE");
            assertThat(r.args()).containsEntry("contentType", "image/png")
                    .containsEntry("allowed", "image/jpeg, image/png, image/gif, image/webp");
        });
        assertThat(undeclared).isInstanceOf(Decision.Rejected.class);
    }

    @Test
    @DisplayName("R-ACT-1 a picture declared as another type is refused; undeclared or octet-stream it is taken")
    void theDeclaredTypeMustMatchTheBytes() {
        byte[] png = aPng(100);

        assertThat(policy.evaluate(upload("image/jpeg", png, 100, 0)).isAllowed()).isFalse();
        assertThat(policy.evaluate(upload("text/plain", png, 100, 0)).isAllowed()).isFalse();
        assertThat(policy.evaluate(upload("image/png", png, 100, 0)).isAllowed()).isTrue();
        assertThat(policy.evaluate(upload("IMAGE/PNG; q=1", png, 100, 0)).isAllowed()).isTrue();
        assertThat(policy.evaluate(upload("application/octet-stream", png, 100, 0)).isAllowed()).isTrue();
        assertThat(policy.evaluate(upload(null, png, 100, 0)).isAllowed()).isTrue();
        assertThat(policy.evaluate(upload("image/jpg", aJpeg(10), 10, 0)).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("R-ACT-1 a photo over the size setting is refused with the limit")
    void refusesAPhotoOverTheSizeLimit() {
        long limit = 10 * RecordPhotoPolicy.MEGABYTE;

        assertThat(policy.evaluate(upload("image/png", aPng(20), limit, 0)).isAllowed()).isTrue();
        assertThat(policy.evaluate(upload("image/png", aPng(20), limit + 1, 0)))
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> {
                    assertThat(r.code().code()).isEqualTo("ACTIVITY-RECORD-PHOTO-TOO-LARGE");
                    assertThat(r.args()).containsEntry("limitMb", 10).containsEntry("size", limit + 1);
                });
    }

    @Test
    @DisplayName("R-ACT-1 a record keeps at most the photos its setting allows")
    void refusesAPhotoBeyondTheCount() {
        assertThat(policy.evaluate(upload("image/png", aPng(20), 20, 29)).isAllowed()).isTrue();
        assertThat(policy.evaluate(upload("image/png", aPng(20), 20, 30)))
                .isInstanceOfSatisfying(Decision.Rejected.class, r -> {
                    assertThat(r.code().code()).isEqualTo("ACTIVITY-RECORD-PHOTO-LIMIT");
                    assertThat(r.args()).containsEntry("max", 30);
                });
    }

    @Test
    void aUnitsTighterSettingsApply() {
        RecordPhotoPolicy tight = new RecordPhotoPolicy(new PolicySettings() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T effective(SettingKey<T> key, UnitId unit) {
                return key.equals(ActivitySettings.MAX_RECORD_PHOTO_MB) ? (T) Integer.valueOf(1)
                        : key.equals(ActivitySettings.MAX_RECORD_PHOTOS) ? (T) Integer.valueOf(2) : key.defaultValue();
            }
        });

        assertThat(tight.evaluate(upload("image/png", aPng(20), RecordPhotoPolicy.MEGABYTE + 1, 0)).isAllowed())
                .isFalse();
        assertThat(tight.evaluate(upload("image/png", aPng(20), 20, 2)).isAllowed()).isFalse();
        assertThat(tight.evaluate(upload("image/png", aPng(20), 20, 1)).isAllowed()).isTrue();
    }
}
