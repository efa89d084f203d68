package org.civility.web.certificate;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The font a certificate's Chinese text is set in.
 *
 * <p>With a TrueType/OpenType font configured ({@link #embedded}: a {@code .ttf}, {@code .otf} or a face of a
 * {@code .ttc}, e.g. Noto Sans SC under the SIL OFL) the PDF embeds the subset of glyphs it uses, and looks the same
 * everywhere. Without one ({@link #builtIn}) it uses the PDF standard Chinese font {@code STSong-Light} through
 * OpenPDF's {@code UniGB-UCS2-H} CMap: nothing is embedded, the text is still real, extractable Unicode text, and
 * each reader draws it with its own Chinese font (every common reader has one). No Chinese font is bundled because
 * none that can be embedded is published on Maven Central (see docs/adr/0011).
 */
public final class CertificateFont {

    /** The PDF standard Chinese (GB) font every reader substitutes. */
    public static final String BUILT_IN_NAME = "STSong-Light";
    private static final String BUILT_IN_ENCODING = "UniGB-UCS2-H";

    private final String description;
    private final FontSource source;

    @FunctionalInterface
    private interface FontSource {
        BaseFont create() throws DocumentException, IOException;
    }

    private CertificateFont(String description, FontSource source) {
        this.description = description;
        this.source = source;
    }

    /** {@value #BUILT_IN_NAME}, not embedded. */
    public static CertificateFont builtIn() {
        return new CertificateFont(BUILT_IN_NAME + " (" + BUILT_IN_ENCODING + ", not embedded)",
                () -> BaseFont.createFont(BUILT_IN_NAME, BUILT_IN_ENCODING, BaseFont.NOT_EMBEDDED));
    }

    /**
     * A TrueType/OpenType font, embedded as a subset (Identity-H, so every character is Unicode text).
     *
     * @param fileName a name ending in {@code .ttf}, {@code .otf} or {@code .ttc,<index>}: it tells OpenPDF the format
     * @param bytes    the font file
     */
    public static CertificateFont embedded(String fileName, byte[] bytes) {
        requireNonNull(fileName, "fileName");
        requireNonNull(bytes, "bytes");
        byte[] copy = bytes.clone();
        return new CertificateFont(fileName + " (embedded subset)", () -> {
            BaseFont font = BaseFont.createFont(fileName, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, copy, null);
            font.setSubset(true);
            return font;
        });
    }

    /**
     * The font a setting names: empty or blank for {@link #builtIn()}; {@code classpath:path/NotoSansSC.ttf} for a
     * font on the class path (a font jar a portal adds); anything else is a file path.
     *
     * @throws UncheckedIOException if the named font cannot be read
     */
    public static CertificateFont fromSetting(Optional<String> setting, ClassLoader loader) {
        Optional<String> value = setting.map(String::strip).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return builtIn();
        }
        String location = value.get();
        try {
            if (location.toLowerCase(Locale.ROOT).startsWith("classpath:")) {
                String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("no such resource " + resource);
                    }
                    return embedded(fileName(resource), in.readAllBytes());
                }
            }
            Path path = Path.of(location);
            return embedded(fileName(path.toString()), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("certificate font " + location, e);
        }
    }

    /**
     * A new font instance for one document (OpenPDF tracks the glyphs a document uses per instance); other documents
     * in Chinese (the activity records' report) use it too.
     */
    public BaseFont create() {
        try {
            return source.create();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot load the certificate font " + description, e);
        }
    }

    /** Which font this is, for logs and the ADR's check. */
    public String description() {
        return description;
    }

    private static String fileName(String location) {
        String name = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + ",0" : name;
    }
}
