package org.civility.core.shared;

import java.util.Locale;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when an invariant is broken, a rule rejects a command or a transition is illegal. Carries
 * a stable {@link ErrorCode} and named arguments; {@link #getMessage()} is for logs only (English),
 * users see {@link #title(Locale)} and {@link #detail(Locale)}.
 */
public class CivilityException extends RuntimeException {

    private final ErrorCode errorCode;
    private final Map<String, Object> args;

    public CivilityException(ErrorCode errorCode, Map<String, ?> args) {
        super(errorCode.code() + " " + args);
        this.errorCode = requireNonNull(errorCode, "errorCode");
        this.args = Map.copyOf(args);
    }

    public CivilityException(ErrorCode errorCode) {
        this(errorCode, Map.of());
    }

    public static CivilityException of(ErrorCode code, Object... keyValues) {
        return new CivilityException(code, Args.of(keyValues));
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The stable code, e.g. {@code R-VEN-5}. */
    public String code() {
        return errorCode.code();
    }

    public ErrorKind kind() {
        return errorCode.kind();
    }

    /** Named arguments of the failure, never null. */
    public Map<String, Object> args() {
        return args;
    }

    /** Short localised title of this code. */
    public String title(Locale locale) {
        return Messages.title(errorCode, locale);
    }

    /** Localised detail with the arguments filled in. */
    public String detail(Locale locale) {
        return Messages.detail(errorCode, locale, args);
    }
}
