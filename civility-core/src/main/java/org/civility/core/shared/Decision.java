package org.civility.core.shared;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The answer of a governance policy: {@link Allowed} or {@link Rejected} with the rule's code and
 * the arguments a person needs to understand the rejection (the limit, the conflicting booking).
 */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

    Decision ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision rejected(ErrorCode code, Object... keyValues) {
        return new Rejected(code, Args.of(keyValues));
    }

    /** Combines decisions: the first rejection wins. */
    static Decision all(Decision... decisions) {
        for (Decision d : decisions) {
            if (d instanceof Rejected) {
                return d;
            }
        }
        return ALLOWED;
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    /** Throws a {@link CivilityException} if rejected. */
    default void orThrow() {
        if (this instanceof Rejected r) {
            throw new CivilityException(r.code(), r.args());
        }
    }

    record Allowed() implements Decision {
    }

    record Rejected(ErrorCode code, Map<String, Object> args) implements Decision {
        public Rejected {
            requireNonNull(code, "code");
            args = Map.copyOf(args);
        }
    }
}
