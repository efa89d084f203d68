package org.civility.core.shared;

/**
 * A stable, machine-readable error code. Each feature declares its codes as an enum implementing
 * this interface; the human text is looked up by {@link #code()} in the bundle
 * {@code <feature package>.messages} (zh-CN first, English fallback), never hard-coded.
 *
 * <p>Codes of governance rules equal the rule ids of {@code DOMAIN.md} ({@code R-VEN-5}); other
 * codes are upper-case words ({@code VOL-ID-CHECK-DIGIT}). Once published a code never changes.
 */
public interface ErrorCode {

    /** The stable code, never null. */
    String code();

    /** What kind of failure this is, never null. */
    ErrorKind kind();

    /** Base name of the resource bundle holding this code's texts. */
    default String bundleBaseName() {
        return getClass().getPackageName() + ".messages";
    }
}
