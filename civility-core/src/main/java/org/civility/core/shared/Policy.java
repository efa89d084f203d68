package org.civility.core.shared;

/**
 * A governance rule as an object. Implementations are named after the rule they enforce and report
 * its id from {@code DOMAIN.md} so a rule can be traced from the page to the code.
 *
 * @param <C> what the policy looks at
 */
@FunctionalInterface
public interface Policy<C> {

    Decision evaluate(C context);
}
