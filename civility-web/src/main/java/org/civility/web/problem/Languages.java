package org.civility.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import org.civility.core.shared.Messages;

import java.util.Locale;

/** The language of a response: the first of zh or en in {@code Accept-Language}; zh-CN by default. */
public final class Languages {

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.DEFAULT_LOCALE;
        }
        try {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("zh".equals(l.getLanguage())) {
                    return Messages.DEFAULT_LOCALE;
                }
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        } catch (RuntimeException malformedHeader) {
            return Messages.DEFAULT_LOCALE;
        }
        return Messages.DEFAULT_LOCALE;
    }
}
