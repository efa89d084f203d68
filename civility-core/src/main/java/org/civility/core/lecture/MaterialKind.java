package org.civility.core.lecture;

import java.util.Set;

/**
 * What a lecture material is (R-LECT-3), with the content types accepted for it. Labels: bundle key
 * {@code MaterialKind.<CONSTANT>}.
 */
public enum MaterialKind {
    DOCUMENT(Set.of("application/pdf", "text/plain", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
    PICTURE(Set.of("image/jpeg", "image/png", "image/gif", "image/webp")),
    AUDIO(Set.of("audio/mpeg", "audio/mp4", "audio/aac", "audio/wav", "audio/ogg")),
    VIDEO(Set.of("video/mp4", "video/webm", "video/quicktime", "video/mpeg"));

    private final Set<String> contentTypes;

    MaterialKind(Set<String> contentTypes) {
        this.contentTypes = contentTypes;
    }

    /** The accepted content types (lower case, without parameters), never null. */
    public Set<String> contentTypes() {
        return contentTypes;
    }

    /** True if {@code contentType} (parameters such as {@code ;charset=} ignored, case-insensitive) fits this kind. */
    public boolean accepts(String contentType) {
        return contentType != null && contentTypes.contains(baseType(contentType));
    }

    static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
