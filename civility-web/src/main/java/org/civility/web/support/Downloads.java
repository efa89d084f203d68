package org.civility.web.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Headers of file downloads. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * A {@code Content-Disposition} that saves the answer as {@code name} (RFC 6266 {@code filename*}, so Chinese
     * names survive), with {@code asciiName} for clients that only read {@code filename} when it is not null.
     */
    public static String attachment(String asciiName, String name) {
        String encoded = "filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return asciiName == null ? "attachment; " + encoded : "attachment; filename=\"" + asciiName + "\"; " + encoded;
    }
}
