package org.civility.web.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** What the current request sent with an {@code Idempotency-Key}: filled by {@link IdempotencyKeyFilter}. */
@RequestScoped
public class SentRequest {

    private String key;
    private String method;
    private String path;
    private byte[] body;

    void sent(String key, String method, String path, byte[] body) {
        this.key = key;
        this.method = method;
        this.path = path;
        this.body = body;
    }

    /** Whether the request carried the header. */
    boolean keyed() {
        return key != null;
    }

    String key() {
        return key;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    byte[] body() {
        return body;
    }
}
