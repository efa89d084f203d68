package org.civility.notices.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * RFC 3986 percent-encoding of UTF-8 text: letters, digits and {@code - _ . ~} stay, everything else (the space
 * too, as {@code %20}) is encoded. It is what Alibaba Cloud's signature canonicalises, and what the request must
 * then carry so that the server decodes the same values.
 */
public final class PercentEncoding {

    private PercentEncoding() {
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** {@code name=value&…}, sorted by name, each name and value encoded; empty for no parameters. */
    public static String canonicalQuery(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
