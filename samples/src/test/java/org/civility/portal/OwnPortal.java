package org.civility.portal;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An IT that starts portals of its own (a first start on an empty database, a database outage through a proxy, a
 * single sign-on provider, settings of its own): the container tests. {@code scripts/test} leaves them out to stay
 * quick; {@code scripts/test-own-portals} and {@code .ci/run} run them (Maven profile {@code own-portals}). A jqwik
 * class also carries jqwik's {@code @Tag("own-portal")}: jqwik reads only its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("own-portal")
public @interface OwnPortal {
}
