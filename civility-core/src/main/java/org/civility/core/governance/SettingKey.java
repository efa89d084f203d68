package org.civility.core.governance;

import java.util.Comparator;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * A configurable setting of a governance policy (an age threshold, a time limit). A value set at a
 * unit is inherited by every unit below it; a lower tier may tighten it, never loosen it.
 * {@code strictness} orders values from loosest to tightest.
 *
 * @param name       stable key, e.g. {@code volunteer.guardian-consent-below-age}
 * @param type       the value's class
 * @param defaultValue the value from {@code DOMAIN.md} where no unit set one
 * @param strictness orders values: a greater value is tighter
 * @param parser     reads a value from its stored text
 */
public record SettingKey<T>(String name, Class<T> type, T defaultValue, Comparator<T> strictness,
                            Function<String, T> parser) {

    public SettingKey {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        requireNonNull(defaultValue, "defaultValue");
        requireNonNull(strictness, "strictness");
        requireNonNull(parser, "parser");
    }

    /** An integer setting where a higher value is stricter (a minimum age). */
    public static SettingKey<Integer> higherIsStricter(String name, int defaultValue) {
        return new SettingKey<>(name, Integer.class, defaultValue, Comparator.naturalOrder(), Integer::valueOf);
    }

    /** An integer setting where a lower value is stricter (a maximum length). */
    public static SettingKey<Integer> lowerIsStricter(String name, int defaultValue) {
        return new SettingKey<>(name, Integer.class, defaultValue, Comparator.<Integer>naturalOrder().reversed(),
                Integer::valueOf);
    }

    /**
     * A setting whose values are the constants of an enum, declared from loosest to tightest: a constant declared
     * later is stricter. Stored and parsed by the constant's name.
     */
    public static <E extends Enum<E>> SettingKey<E> ordered(String name, Class<E> type, E defaultValue) {
        return new SettingKey<>(name, type, defaultValue, Comparator.<E>naturalOrder(),
                text -> Enum.valueOf(type, text));
    }

    /** True if {@code candidate} is looser than {@code inherited}. */
    public boolean loosens(T candidate, T inherited) {
        return strictness.compare(candidate, inherited) < 0;
    }

    /** The tighter of two values. */
    public T tighter(T a, T b) {
        return strictness.compare(a, b) >= 0 ? a : b;
    }

    public T parse(String text) {
        return parser.apply(text);
    }

    public String format(T value) {
        return String.valueOf(value);
    }
}
