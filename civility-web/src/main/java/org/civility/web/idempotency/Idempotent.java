package org.civility.web.idempotency;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method (returning a {@code Response}, in a transaction) that honours an {@code Idempotency-Key} header:
 * sent again with the same key, the request gets the first answer and has no second effect.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** The header's name. */
    String HEADER = "Idempotency-Key";
    /** Set on a kept answer given again. */
    String REPLAYED = "Idempotent-Replayed";
    /** The header's description in the OpenAPI document. */
    String DESCRIPTION = "Optional. A key of the client's choosing (1 to 128 visible ASCII characters, a UUID say): "
            + "the same request sent again with the same key within 24 hours gets the first successful answer "
            + "(marked Idempotent-Replayed: true) and has no second effect; the key on another request answers 422 "
            + "IDEMPOTENCY-KEY-REUSED, while the first is being answered 409 IDEMPOTENCY-KEY-IN-USE.";
}
