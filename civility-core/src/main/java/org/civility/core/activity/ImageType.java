package org.civility.core.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The picture formats an activity record keeps (R-ACT-1), each known by the first bytes of its file (its magic
 * number), so that a file is a picture because of what it holds, not because of the type its sender declared.
 */
public enum ImageType {
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    /** How many leading bytes {@link #detect} needs at most. */
    public static final int HEADER_LENGTH = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String mediaType;
    private final String extension;

    ImageType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type, lower case, e.g. {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format whose signature {@code header} starts with: JPEG {@code FF D8 FF}, PNG its eight-byte signature,
     * GIF {@code GIF87a}/{@code GIF89a}, WebP {@code RIFF....WEBP}.
     *
     * @param header the first bytes of a file, up to {@value #HEADER_LENGTH} of them (fewer for a shorter file)
     * @return empty for anything else
     */
    public static Optional<ImageType> detect(byte[] header) {
        if (header == null) {
            return Optional.empty();
        }
        if (startsWith(header, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(header, ascii("GIF87a")) || startsWith(header, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (header.length >= 12 && startsWith(header, ascii("RIFF"))
                && Arrays.equals(Arrays.copyOfRange(header, 8, 12), ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The type a media type names ({@code image/jpeg}, parameters and case ignored), if it is one of these. */
    public static Optional<ImageType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String base = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        if (base.equals("image/jpg") || base.equals("image/pjpeg")) {
            return Optional.of(JPEG);
        }
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
