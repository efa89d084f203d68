package org.civility.core.lecture;

import java.util.List;

import org.civility.core.governance.SettingKey;

/** The settings of the lecture feature; a unit may tighten them for its subtree, never loosen them. */
public final class LectureSettings {

    /** Largest document, in MB (1 MB = 1,048,576 bytes). Default 20. */
    public static final SettingKey<Integer> MAX_DOCUMENT_MB = SettingKey.lowerIsStricter("lecture.max-document-mb", 20);
    /** Largest picture, in MB. Default 20. */
    public static final SettingKey<Integer> MAX_PICTURE_MB = SettingKey.lowerIsStricter("lecture.max-picture-mb", 20);
    /** Largest audio recording, in MB. Default 100. */
    public static final SettingKey<Integer> MAX_AUDIO_MB = SettingKey.lowerIsStricter("lecture.max-audio-mb", 100);
    /** Largest video, in MB. Default 200. */
    public static final SettingKey<Integer> MAX_VIDEO_MB = SettingKey.lowerIsStricter("lecture.max-video-mb", 200);

    /** Every key of the feature. */
    public static final List<SettingKey<Integer>> ALL = List.of(MAX_DOCUMENT_MB, MAX_PICTURE_MB, MAX_AUDIO_MB, MAX_VIDEO_MB);

    /** The longest period a compliance report covers, in months. */
    public static final int MAX_REPORT_MONTHS = 36;

    private LectureSettings() {
    }

    /** The size limit of a kind. */
    public static SettingKey<Integer> maxMegabytes(MaterialKind kind) {
        return switch (kind) {
            case DOCUMENT -> MAX_DOCUMENT_MB;
            case PICTURE -> MAX_PICTURE_MB;
            case AUDIO -> MAX_AUDIO_MB;
            case VIDEO -> MAX_VIDEO_MB;
        };
    }
}
