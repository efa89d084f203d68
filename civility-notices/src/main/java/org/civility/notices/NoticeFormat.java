package org.civility.notices;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.civility.core.notice.NoticeContent;

import static java.util.Objects.requireNonNull;

/**
 * How a notice is put into a provider's words: the start time in the portal's zone and pattern, and the values of
 * an SMS template's variables ({@code title}, {@code place}, {@code time}), each cut to a length providers accept.
 *
 * @param zone        {@code civility.notices.zone}, default Asia/Shanghai
 * @param timePattern a {@link DateTimeFormatter} pattern; {@code civility.notices.time-pattern}, default
 *                    {@code M月d日 HH:mm}
 * @param smsParamMax longest value of one SMS template variable, in characters;
 *                    {@code civility.notices.sms.param-max-length}, default 35 (check your templates' rules at the
 *                    provider)
 */
public record NoticeFormat(ZoneId zone, String timePattern, int smsParamMax) {

    public static final String DEFAULT_TIME_PATTERN = "M月d日 HH:mm";
    public static final int DEFAULT_SMS_PARAM_MAX = 35;

    public NoticeFormat {
        requireNonNull(zone, "zone");
        requireNonNull(timePattern, "timePattern");
        DateTimeFormatter.ofPattern(timePattern);
        if (smsParamMax < 1) {
            throw new IllegalArgumentException("smsParamMax must be at least 1");
        }
    }

    public static NoticeFormat defaults() {
        return new NoticeFormat(ZoneId.of("Asia/Shanghai"), DEFAULT_TIME_PATTERN, DEFAULT_SMS_PARAM_MAX);
    }

    /** When the subject starts, as people read it. */
    public String time(Instant instant) {
        return DateTimeFormatter.ofPattern(timePattern).withZone(zone).format(instant);
    }

    /** The variables of a notice's SMS template, in this order: {@code title}, {@code place}, {@code time}. */
    public Map<String, String> smsParams(NoticeContent content) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("title", clip(content.title(), smsParamMax));
        params.put("place", clip(content.place(), smsParamMax));
        params.put("time", clip(time(content.startsAt()), smsParamMax));
        return params;
    }

    /** The whole notice as a few lines of text: title, time, place, then the body. */
    public String text(NoticeContent content) {
        return content.title() + "\n时间：" + time(content.startsAt()) + "\n地点：" + content.place() + "\n\n"
                + content.body();
    }

    /** {@code text} cut to {@code max} characters (an ellipsis marks the cut), never splitting a surrogate pair. */
    public static String clip(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, max - 1));
        return text.substring(0, end) + "…";
    }

    /** {@code text} cut to at most {@code maxBytes} bytes of UTF-8 (an ellipsis marks the cut). */
    public static String clipUtf8(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - "…".getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return kept + "…";
    }
}
