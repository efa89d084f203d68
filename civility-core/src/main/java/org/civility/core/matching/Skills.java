package org.civility.core.matching;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.civility.core.shared.CivilityException;

/**
 * Skill tags (技能标签) as matching compares them: trimmed, lower case (Chinese tags are unchanged by that),
 * 1..{@value #MAX_LENGTH} characters, at most {@value #MAX_COUNT} per offer, menu item or request.
 */
public final class Skills {

    public static final int MAX_LENGTH = 50;
    public static final int MAX_COUNT = 20;

    private Skills() {
    }

    /** The normalised, sorted, duplicate-free set. */
    public static Set<String> normalise(Collection<String> skills) {
        TreeSet<String> out = new TreeSet<>();
        for (String s : skills) {
            out.add(normalise(s));
        }
        if (out.size() > MAX_COUNT) {
            throw CivilityException.of(MatchingError.SKILL_INVALID, "skill", "", "max", MAX_LENGTH,
                    "count", out.size(), "maxCount", MAX_COUNT);
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** One normalised tag. */
    public static String normalise(String skill) {
        String s = skill == null ? "" : skill.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            throw CivilityException.of(MatchingError.SKILL_INVALID, "skill", skill == null ? "" : skill,
                    "max", MAX_LENGTH, "count", 1, "maxCount", MAX_COUNT);
        }
        return s;
    }
}
