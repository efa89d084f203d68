package org.civility.notices;

import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A notice, code or alert that a provider did not take: the dispatcher records the message as the delivery's last
 * error and tries again after its backoff (R-NOTE-1). The message names the provider, a code (the provider's own,
 * such as {@code isv.BUSINESS_LIMIT_CONTROL}, or one of this module's: {@code TIMEOUT}, {@code UNREACHABLE},
 * {@code HTTP-503}, …) and a detail written here. It never quotes a phone number, a mailbox, a key, the notice's
 * text or the provider's own explanation (which may echo the request), and it carries no cause for the same reason.
 */
public class NoticeDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._:\\-]");
    private static final int MAX_CODE = 80;

    private final String provider;
    private final String code;

    /**
     * @param provider the provider, as in the settings ({@code aliyun}, {@code tencent}, {@code wecom}, {@code mail})
     * @param code     a stable code; characters other than letters, digits and {@code . _ : -} are dropped
     * @param detail   what happened, in words chosen by this module; may be null
     */
    public NoticeDeliveryException(String provider, String code, String detail) {
        super(requireNonNull(provider, "provider") + ": " + safe(code)
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"), null, false, true);
        this.provider = provider;
        this.code = safe(code);
    }

    /** The provider that refused or could not be reached. */
    public String provider() {
        return provider;
    }

    /** The provider's error code or this module's; never null. */
    public String code() {
        return code;
    }

    /** Keeps a provider's code to the characters codes are made of, so that nothing else can ride on it. */
    public static String safe(String code) {
        if (code == null || code.isBlank()) {
            return "UNKNOWN";
        }
        String kept = UNSAFE.matcher(code).replaceAll("");
        return kept.isEmpty() ? "UNKNOWN" : kept.length() > MAX_CODE ? kept.substring(0, MAX_CODE) : kept;
    }
}
